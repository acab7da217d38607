import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readSource } from '../read/read-source.ts';
import { readHeaders } from '../header/read-headers.ts';
import { splitDocuments } from './split-documents.ts';
import { SEEDS, SOURCES } from '../seeds.fixture.ts';
import { ImportError } from '../types.ts';

const FIXTURES = join(import.meta.dirname, '__fixtures__/split-documents');

test.each(SEEDS)('%s splits into its documents', async (seed) => {
  const slices = splitDocuments(await readSource(join(SOURCES, seed)));
  const summary = slices.map((s) => ({ kind: s.kind, appendix: s.appendix, parentIndex: s.parentIndex, lines: [s.lines[0]?.line, s.lines.at(-1)?.line], starts: s.lines[0]?.text }));
  await expect(`${JSON.stringify(summary, null, 2)}\n`).toMatchFileSnapshot(join(FIXTURES, seed.replace(/\.txt$/, '.json')));
});

test('the 8 February 2021 pack is its agenda, the minutes of 11 January, reports 4 to 9 and report 6’s two appendices', async () => {
  const slices = splitDocuments(await readSource(join(SOURCES, '003_eed2e8c921d033d5.txt')));
  expect(slices.map((s) => s.kind + (s.appendix ? ` ${s.appendix}` : ''))).toEqual(['agenda', 'minutes', 'report', 'report', 'report', 'appendix 1', 'appendix 2', 'report', 'report', 'report']);
  expect(slices[5]?.parentIndex).toBe(4);
});

test('text above the first header is refused with its line', () => {
  const lines = ['Draft - not for publication', '', 'Report to Policy Committee', '20 April 2016', 'Agenda Item: 7'].map((text, i) => ({ text, line: i + 1 }));
  expect(() => splitDocuments({ file: 'draft.txt', sha256: '0'.repeat(64), format: 'text', lines })).toThrow(ImportError);
  expect(() => splitDocuments({ file: 'draft.txt', sha256: '0'.repeat(64), format: 'text', lines })).toThrow(/^draft\.txt:1: text above the first document header/);
});

const text = (file: string, ...lines: string[]) => ({ file, sha256: '0'.repeat(64), format: 'text' as const, lines: lines.map((t, i) => ({ text: t, line: i + 1 })) });
const report = ['Report to Policy Committee', '', '20 April 2016', '', 'Agenda Item: 7', '', 'REPORT OF THE CHAIR', '', 'WORK PROGRAMME', '', '1. Text.'];

test('a website’s lines above the header (its title, the address, "Total Page", "File Type", the day downloaded) are left out', () => {
  const slices = splitDocuments(text('saved.txt', 'Committee Papers Archive', 'https://www.example.org/papers/item-7.pdf', 'Total Page:16', 'File Type:pdf', 'Downloaded 14 March 2022', '', ...report));
  expect(slices.map((s) => [s.kind, s.lines[0]?.text])).toEqual([['report', 'Report to Policy Committee']]);
});

test.each([
  ['a sentence', ['This report was withdrawn before the meeting and is published for information.']],
  ['a sentence under an address', ['https://www.example.org/papers/item-7.pdf', 'The appendix to this report is exempt from publication.']],
  ['a line of the paper under a site title and address', ['Committee Papers Archive', 'https://www.example.org/papers/item-7.pdf', 'Draft - not for publication']],
  ['a site title alone', ['Committee Papers Archive']],
])('%s above the header is still refused', (_, above) => {
  expect(() => splitDocuments(text('prose.txt', ...above, '', ...report))).toThrow(/^prose\.txt:1: text above the first document header/);
});

test('a meeting page is its agenda (the items) and its minutes (the items and what was minuted)', () => {
  const slices = splitDocuments(
    text('page.txt', 'Agenda and minutes', '', 'Policy Committee', '', 'Wednesday, 20th April, 2016 10.30 am', '', 'Venue: County Hall', '', '1.\tApologies for Absence', '', 'Minutes:', '', 'None.', '', '2.\tWork Programme', '', 'PDF 205 KB', '', 'Minutes:', '', 'RESOLVED: 2016/030', '', 'That the work programme be agreed.'),
  );
  expect(slices.map((s) => s.kind)).toEqual(['agenda', 'minutes']);
  expect(slices[0]?.lines.map((l) => l.text).filter(Boolean)).toEqual(['Agenda and minutes', 'Policy Committee', 'Wednesday, 20th April, 2016 10.30 am', 'Venue: County Hall', '1.\tApologies for Absence', '2.\tWork Programme']);
  expect(slices[1]?.lines.map((l) => l.text).filter(Boolean).slice(4)).toEqual(['1.\tApologies for Absence', 'None.', '2.\tWork Programme', 'RESOLVED: 2016/030', 'That the work programme be agreed.']);
});

test('a meeting page with its committee and date on one line is read the same', () => {
  const input = text('page.txt', 'Agenda and minutes', '', 'Policy Committee - Wednesday, 20th April, 2016 10.30 am', '', '1.\tApologies for Absence', '', 'Minutes:', '', 'None.');
  const slices = splitDocuments(input);
  expect(slices.map((s) => s.kind)).toEqual(['agenda', 'minutes']);
  expect(readHeaders(input, slices, {}).map((d) => [d.id, d.header.meeting.date])).toEqual([
    ['2016-04-20-policy-committee-agenda', '2016-04-20'],
    ['2016-04-20-policy-committee-minutes', '2016-04-20'],
  ]);
});

test('a meeting page without minutes is its agenda alone', () => {
  const slices = splitDocuments(text('page.txt', 'Agenda', '', 'Policy Committee', '', 'Wednesday, 20th April, 2016 10.30 am', '', '1.\tApologies for Absence', '', '2.\tWork Programme'));
  expect(slices.map((s) => s.kind)).toEqual(['agenda']);
});

test.each([
  ['on separate lines', ['Policy Committee', '', 'Wednesday, 10 December 2014 at 10:30', '', 'County Hall, West Bridgford, Nottingham', '', 'AGENDA', '', '1\tMinutes of the last meeting\t3 - 8'], 'agenda'],
  ['run onto one line', ['Policy Committee Wednesday, 10 December 2014 at 10:30 County Hall, West Bridgford, Nottingham AGENDA 1 Minutes of the last meeting 3 - 8 2 Apologies for Absence'], 'agenda'],
  ['a summons', ['NOTTINGHAMSHIRE COUNTY COUNCIL', '', 'You are hereby summoned to attend a meeting of the County Council to be held at County Hall on Thursday, 27th March 2014 at 10.30 am for the transaction of the following business', '', 'AGENDA', '', '1 Minutes'], 'agenda'],
  ['minutes "of the meeting of … held on"', ['MINUTES of the meeting of the Policy Committee held on 10 December 2014 at 10.30 am at County Hall', '', '1. MINUTES', '', 'Confirmed.'], 'minutes'],
  ['minutes under the committee’s name', ['Policy Committee', 'Minutes of the meeting held on 10 December 2014', '', '1. MINUTES', '', 'Confirmed.'], 'minutes'],
])('a paper %s is one document of its kind, from its first line', (_, lines, kind) => {
  const slices = splitDocuments(text('paper.txt', ...lines));
  expect(slices.map((s) => [s.kind, s.lines[0]?.line])).toEqual([[kind, 1]]);
});
