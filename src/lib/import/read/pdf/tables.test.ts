import { expect, test } from 'vitest';
import type { PdfLine } from './lines.ts';
import { findTableRows } from './tables.ts';

/** A 12-point line at baseline y whose spans start at the x given, each as wide as half the font size per character. */
const line = (y: number, ...spans: [number, string][]): PdfLine => {
  const s = spans.map(([x, text]) => ({ text, x, right: x + text.length * 6 }));
  return { y, x: s[0]?.x ?? 0, right: s.at(-1)?.right ?? 0, size: 12, bold: false, spans: s };
};
const rows = (lines: PdfLine[]) => findTableRows(lines).lines.map((cells) => (Array.isArray(cells) ? cells.join('\t') : cells));

test('joins the cells of lines whose spans stand in the same columns with a TAB', () => {
  expect(rows([line(100, [63, 'Job title'], [260, 'Grade'], [330, 'Full Time']), line(118, [63, 'Project Manager'], [260, 'Band D'], [330, '2'])])).toEqual([
    'Job title\tGrade\tFull Time',
    'Project Manager\tBand D\t2',
  ]);
});

test('reads a cell wrapped onto the next line as a row with empty cells before it', () => {
  expect(rows([line(100, [63, 'Job title'], [260, 'Grade'], [330, 'Full Time']), line(114, [330, 'Equivalent']), line(132, [63, 'Team Manager'], [260, 'Band D'], [330, '1'])])).toEqual([
    'Job title\tGrade\tFull Time',
    '\t\tEquivalent',
    'Team Manager\tBand D\t1',
  ]);
});

test('keeps a tab after a row with only its first cell filled, so it still reads as a row', () => {
  expect(rows([line(100, [63, 'Date'], [260, 'Activity']), line(118, [63, '29 March 2021']), line(136, [63, '14 June 2021'], [260, 'Committee'])])).toEqual([
    'Date\tActivity',
    '29 March 2021\t',
    '14 June 2021\tCommittee',
  ]);
});

test('lines up a right-aligned column by the gutter before it, not by where its text starts', () => {
  expect(rows([line(100, [63, 'Tablet Devices'], [300, '£62,000']), line(118, [63, 'Total Cost'], [294, '£205,500'])])).toEqual(['Tablet Devices\t£62,000', 'Total Cost\t£205,500']);
});

test('makes no table of one line with a wide gap in it', () => {
  expect(rows([line(100, [63, 'Report to Policy Committee']), line(118, [63, 'Councillor Muriel Weisz'], [330, 'Chair']), line(136, [63, 'For any enquiries about this report please contact:'])])).toEqual([null, null, null]);
});

test('makes no table of lines whose gaps do not line up', () => {
  expect(rows([line(100, [63, 'an acute'], [160, 'ward and']), line(114, [63, 'further assessments'], [250, 'required'])])).toEqual([null, null]);
});

test('takes no full-width line after a table into it', () => {
  const lines = [line(100, [63, 'Areas'], [260, 'Principles']), line(118, [63, 'Outcomes'], [260, 'Achieves better outcomes']), line(148, [63, '35. The principles were agreed at the workshop and will guide'])];
  expect(rows(lines)).toEqual(['Areas\tPrinciples', 'Outcomes\tAchieves better outcomes', null]);
});

test('takes no short line standing well below a table into it', () => {
  const lines = [line(100, [63, 'Areas'], [260, 'Principles']), line(118, [63, 'Outcomes'], [260, 'Achieves better outcomes']), line(150, [63, 'Context'])];
  expect(rows(lines)).toEqual(['Areas\tPrinciples', 'Outcomes\tAchieves better outcomes', null]);
});

test('makes no table of numbered paragraphs, whose numbers are joined to their text', () => {
  expect(rows([line(100, [63, '1. To provide Members with an update']), line(114, [91, 'in Mid-Nottinghamshire.']), line(132, [63, '2. The Better Together Alliance'])])).toEqual([null, null, null]);
});
