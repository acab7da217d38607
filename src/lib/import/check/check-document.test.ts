import { expect, test } from 'vitest';
import type { DocumentData } from '../../model/document.ts';
import { checkDocument, type CheckInput } from './check-document.ts';

const data: DocumentData = {
  kind: 'report',
  title: 'Work programme',
  date: '2021-02-08',
  body: 'Adult Social Care and Public Health Committee',
  meeting: { body: 'Adult Social Care and Public Health Committee', date: '2021-02-08' },
  agendaItem: '9',
  reference: 'ASCPH746',
  author: null,
  areas: [],
  parent: null,
  recommendations: [{ n: '1', anchor: 'recommendation-1', text: 'That the committee considers the work programme.' }],
  backgroundPapers: [],
  contacts: [],
  source: { file: 'pack.txt', sha256: '0'.repeat(64), lines: [1, 9], pages: null },
};
const input = (over: Partial<Omit<CheckInput, 'data'>> & { data?: Partial<DocumentData> } = {}): CheckInput => ({
  parts: { paragraphs: ['1', '2', '3'], resolutions: [], recommendationsHeading: true },
  lines: ['1. To consider.', '2. The work.', '3. The plan.', '4. The other.', 'RECOMMENDATION/S'].map((text, i) => ({ text, line: 10 + i })),
  dateGiven: false,
  ...over,
  data: { ...data, ...over.data },
});
const refusals = (i: CheckInput) => checkDocument(i).filter((f) => f.severity === 'refuse');

test('a document as a reader expects it passes, with nothing to warn of', () => {
  expect(checkDocument(input())).toEqual([]);
});

test('a title that is a paragraph, empty or numbered is refused', () => {
  expect(refusals(input({ data: { title: 'x'.repeat(201) } }))[0]?.problem).toMatch(/^the title found is 201 characters long/);
  expect(refusals(input({ data: { title: '' } }))[0]?.problem).toBe('no title found');
  expect(refusals(input({ data: { title: '12. The scheme will provide digital devices' } }))[0]?.problem).toMatch(/numbered paragraph/);
});

test('a gap in the numbering is refused where the paper prints the missing number, and only warned of where it does not', () => {
  const skipped = ['1. To consider.', '2. The work.', '4. The other.', 'RECOMMENDATION/S'].map((text, i) => ({ text, line: 10 + i }));
  const gap = { parts: { paragraphs: ['1', '2', '4'], resolutions: [], recommendationsHeading: true }, lines: skipped };
  expect(refusals(input(gap))).toEqual([]);
  const printed = input({ ...gap, lines: skipped.concat({ text: 'as set out in paragraph 2. 3. The plan is here.', line: 30 }) });
  expect(refusals(printed)[0]).toMatchObject({ line: 30, problem: 'numbered paragraphs do not run in sequence: paragraph 4 where 3 was expected' });
  expect(checkDocument(input(gap)).map((f) => f.severity)).toEqual(['warn']);
});

test('a recommendations heading with none read under it is refused, at the heading', () => {
  expect(refusals(input({ data: { recommendations: [] } }))[0]).toMatchObject({ line: 14, problem: 'a RECOMMENDATION/S heading with no recommendations read under it' });
});

test('no item, no reference and a date given by hand are warnings', () => {
  const found = checkDocument(input({ data: { agendaItem: null, reference: null }, dateGiven: true }));
  expect(found.map((f) => [f.severity, f.problem])).toEqual([
    ['warn', 'no agenda item in the header'],
    ['warn', 'no report reference (e.g. "ASCH393") at the end'],
    ['warn', 'the date 2021-02-08 was given with --date, not read from the paper'],
  ]);
});

test('a recommendation that introduces something not read under it is a warning of loss, at its line; one that holds it is not', () => {
  const lead = 'gives approval for the establishment of the following temporary Public Health post:';
  const lines = ['1. To consider.', '2. The work.', '3. The plan.', 'RECOMMENDATION/S', `1) ${lead}`, 'Post Title', 'FTE Grade/ Band End date'].map((text, i) => ({ text, line: 10 + i }));
  const found = checkDocument(input({ lines, data: { recommendations: [{ n: '1', anchor: 'recommendation-1', text: lead }] } }));
  expect(found).toEqual([
    expect.objectContaining({ severity: 'warn', loss: true, line: 14, problem: expect.stringMatching(/^recommendation 1 introduces a table or list \("….*post:"\) that was not read under it/) }),
  ]);
  const held = { n: '1', anchor: 'recommendation-1', text: `${lead}\n\nPost Title | FTE\nPublic Health Support Officer | 0.8`, table: { header: ['Post Title', 'FTE'], rows: [['Public Health Support Officer', '0.8']] } };
  expect(checkDocument(input({ lines, data: { recommendations: [held] } }))).toEqual([]);
});
