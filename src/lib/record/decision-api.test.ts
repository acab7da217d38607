import { expect, test } from 'vitest';
import { decisionToApi } from './decision-api.ts';
import { entry, retold } from './__fixtures__/retold-decision.ts';

const site = new URL('https://x.example/');

test('one paper: sources holds it alone, the same as source, with the entry’s date', () => {
  const api = decisionToApi(entry(), site, []);
  expect(api.source).toEqual({ document: 'policy-2016', url: 'https://x.example/documents/policy-2016/#p-12' });
  expect(api.sources).toEqual([{ ...api.source, date: '2015-11', datePrecision: 'month' }]);
});

test('several papers: every one in sources, oldest first, each with the date it gives; source stays the first', () => {
  const api = decisionToApi(retold, site, ['asch-2017']);
  expect(api.sources).toEqual([
    { document: 'policy-2016', url: 'https://x.example/documents/policy-2016/#p-12', date: '2015-11', datePrecision: 'month' },
    { document: 'asch-2017', url: 'https://x.example/documents/asch-2017/#p-3-1', date: '2015-11-02', datePrecision: 'day' },
  ]);
  expect(api.source).toEqual({ document: api.sources[0]!.document, url: api.sources[0]!.url });
  expect(api.date).toBe('2015-11-02');
  expect(api.citedBy).toEqual(['asch-2017']);
});
