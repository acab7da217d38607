import { expect, test } from 'vitest';
import { decisionsByDocument } from './decisions-by-document.ts';
import { entry, retold } from './__fixtures__/retold-decision.ts';

test('an entry stands under every paper that records it, once each', () => {
  const alone = entry({ id: '2016-01-alone', source: { document: 'asch-2017', anchor: 'p-1' } });
  const twiceInOne = entry({
    id: '2016-02-twice',
    sources: [
      { document: 'policy-2016', anchor: 'p-12', date: '2016-02', datePrecision: 'month' },
      { document: 'policy-2016', anchor: 'p-20', date: '2016-02', datePrecision: 'month' },
    ],
  });
  const index = decisionsByDocument([retold, alone, twiceInOne]);
  expect(Object.fromEntries([...index].map(([doc, list]) => [doc, list.map((d) => d.id)]))).toEqual({
    'policy-2016': [retold.id, '2016-02-twice'],
    'asch-2017': [retold.id, '2016-01-alone'],
  });
});
