import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readSource } from '../read/read-source.ts';
import { readHeaders } from './read-headers.ts';
import { SEEDS, SOURCES } from '../seeds.fixture.ts';
import { splitDocuments } from '../split/split-documents.ts';
import type { SourceText } from '../types.ts';

const FIXTURES = join(import.meta.dirname, '__fixtures__/read-header');

test.each(SEEDS)('%s: id, date, committee, meeting, item, title, author, reference of each document', async (seed) => {
  const source = await readSource(join(SOURCES, seed));
  const headers = readHeaders(source, splitDocuments(source), {}).map(({ id, slice, header: { bodyLines, ...fields } }) => ({
    id,
    kind: slice.kind,
    ...fields,
    bodyStarts: bodyLines.find((l) => l.text.trim() !== '')?.line ?? null,
  }));
  await expect(`${JSON.stringify(headers, null, 2)}\n`).toMatchFileSnapshot(join(FIXTURES, seed.replace(/\.txt$/, '.json')));
});

const source = (...lines: string[]): SourceText => ({ file: 'new-report.txt', sha256: '0'.repeat(64), format: 'text', lines: lines.map((text, i) => ({ text, line: i + 1 })) });
const report = (...header: string[]) =>
  source(...header, '', 'REPORT OF THE DIRECTOR OF PUBLIC HEALTH', '', 'WORK PROGRAMME', '', 'Purpose of the Report', '', '1. To consider the work programme.');

test('a report without a meeting date in its header is refused, naming the file and line', () => {
  const input = report('Report to Policy Committee', '', 'Agenda Item: 5');
  expect(() => readHeaders(input, splitDocuments(input), {})).toThrow(
    /^new-report\.txt:1: the report's header has no meeting date — add the date under "Report to … Committee" \(e\.g\. "8 February 2021"\), or give it with --date YYYY-MM-DD$/,
  );
});

test('--date supplies the meeting date a header lacks', () => {
  const input = report('Report to Policy Committee', '', 'Agenda Item: 5');
  expect(readHeaders(input, splitDocuments(input), { date: '2019-03-13' })[0]?.id).toBe('2019-03-13-policy-committee-item-5');
});

test('the committee comes from "Constitutional Comments" when the header lacks it', () => {
  const input = source('13 March 2019', '', 'Agenda Item: 5', '', 'WORK PROGRAMME', '', '1. Text.', '', 'Constitutional Comments (LM 01/03/19)', '', '2. The Adult Social Care and Public Health Committee is the appropriate body.');
  expect(readHeaders(input, splitDocuments(input), {})[0]?.header.body).toBe('Adult Social Care and Public Health Committee');
});

test('a report naming no committee anywhere is refused', () => {
  const input = source('13 March 2019', '', 'Agenda Item: 5', '', 'WORK PROGRAMME', '', '1. Text.');
  expect(() => readHeaders(input, splitDocuments(input), {})).toThrow(/^new-report\.txt:1: no committee named in the header or in "Constitutional Comments" — /);
});
