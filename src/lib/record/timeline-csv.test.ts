import { expect, test } from 'vitest';
import { toCsv } from './csv.ts';
import { TIMELINE_CSV_HEADER, timelineCsvRow } from './timeline-csv.ts';
import { entry, retold } from './__fixtures__/retold-decision.ts';

const site = new URL('https://x.example/');

test('a row has a field for every column, source_urls last', () => {
  expect(TIMELINE_CSV_HEADER.at(-1)).toBe('source_urls');
  expect(timelineCsvRow(entry(), site)).toHaveLength(TIMELINE_CSV_HEADER.length);
});

test('one paper: source_urls is its one URL, the same as source_url', () => {
  const row = timelineCsvRow(entry(), site);
  const at = (column: (typeof TIMELINE_CSV_HEADER)[number]) => row[TIMELINE_CSV_HEADER.indexOf(column)];
  expect(at('source_urls')).toBe('https://x.example/documents/policy-2016/#p-12');
  expect(at('source_urls')).toBe(at('source_url'));
});

test('several papers: source_urls lists every one, oldest first, separated by a space', () => {
  expect(toCsv(TIMELINE_CSV_HEADER, [timelineCsvRow(retold, site)])).toMatchInlineSnapshot(`
    "id,date,date_precision,date_in_words,evidence,kind,title,body,ref,areas,text,source_document,source_url,url,source_urls
    2015-11-02-asch-agreed-the-alliance,2015-11-02,day,2 November 2015,recorded,decision,The Alliance agreed,Adult Social Care and Health Committee,,Mid-Nottinghamshire,The committee agreed the Alliance.,policy-2016,https://x.example/documents/policy-2016/#p-12,https://x.example/decisions/2015-11-02-asch-agreed-the-alliance/,https://x.example/documents/policy-2016/#p-12 https://x.example/documents/asch-2017/#p-3-1
    "
  `);
});
