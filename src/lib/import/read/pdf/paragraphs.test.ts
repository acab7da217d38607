import { expect, test } from 'vitest';
import type { PdfLine } from './lines.ts';
import { isParagraphBreak, layOutPage, runsOnOverPage, usualSpacings, type PageLines } from './paragraphs.ts';

const line = (y: number, text: string, more: Partial<PdfLine> = {}): PdfLine => ({ y, x: 63, right: 63 + text.length * 6, size: 12, bold: false, spans: [{ text, x: 63, right: 63 + text.length * 6 }], ...more });
const pageOf = (lines: PdfLine[], cells: (string[] | null)[] = lines.map(() => null)): PageLines => ({ page: 1, lines, cells });
const texts = (page: PageLines, spacing = 1.15) => layOutPage(page, spacing).map((l) => l.text);

test('puts a blank line where the gap above a line is clearly larger than the usual spacing', () => {
  expect(texts(pageOf([line(100, '1. To provide Members with an update'), line(113.8, 'in Mid-Nottinghamshire.'), line(139, 'Information and Advice')]))).toEqual([
    '1. To provide Members with an update',
    'in Mid-Nottinghamshire.',
    '',
    'Information and Advice',
  ]);
});

test('puts no blank line between lines a little further apart than usual (a line with a superscript)', () => {
  expect(isParagraphBreak(line(100, 'a'), line(116, 'b'), 1.15)).toBe(false);
  expect(isParagraphBreak(line(100, 'a'), line(118, 'b'), 1.15)).toBe(true);
});

test('allows for a larger font: a heading sits further above the text below it', () => {
  expect(isParagraphBreak(line(100, 'Heading', { size: 16 }), line(118, 'text'), 1.15)).toBe(false);
});

test('learns each page\'s usual spacing, and the document\'s for a page with too few lines', () => {
  const dense = pageOf([100, 113.8, 127.6, 141.4, 155.2, 180].map((y) => line(y, 'text')));
  const airy = pageOf([100, 118, 136, 154, 172].map((y) => line(y, 'text')));
  const short = pageOf([line(100, 'text'), line(113.8, 'text')]);
  expect(usualSpacings([dense, airy, short]).map((s) => Math.round(s * 100) / 100)).toEqual([1.15, 1.5, 1.15]);
});

test('puts a blank line before and after a table, and none between its rows', () => {
  const lines = [line(100, 'as follows:'), line(125, 'Job title Grade'), line(139, 'Team Manager Band D'), line(164, 'Next paragraph')];
  expect(texts(pageOf(lines, [null, ['Job title', 'Grade'], ['Team Manager', 'Band D'], null]))).toEqual(['as follows:', '', 'Job title\tGrade', 'Team Manager\tBand D', '', 'Next paragraph']);
});

test('gives each printed line its page, left edge, weight and size', () => {
  expect(layOutPage(pageOf([line(100, 'Purpose of the Report', { bold: true, x: 63.04 })]), 1.15)).toEqual([{ text: 'Purpose of the Report', page: 1, x: 63, bold: true, size: 12 }]);
});

test('runs a paragraph on over a page break when the last line is full and stops mid-sentence', () => {
  expect(runsOnOverPage(line(770, 'x'.repeat(80)), line(80, 'Nottinghamshire.'), false, false, 543)).toBe(true);
});

test('runs on over a page break when the next page goes on in lower case', () => {
  expect(runsOnOverPage(line(770, 'short line.'), line(80, 'inappropriate housing'), false, false, 543)).toBe(true);
});

test('starts afresh after a page that ends a sentence, a short line, or before a heading or a new point', () => {
  expect(runsOnOverPage(line(770, `${'x'.repeat(79)}.`), line(80, 'The next'), false, false, 543)).toBe(false);
  expect(runsOnOverPage(line(770, 'Electoral Division(s)'), line(80, 'All'), false, false, 543)).toBe(false);
  expect(runsOnOverPage(line(770, 'x'.repeat(80)), line(80, 'Governance', { bold: true }), false, false, 543)).toBe(false);
  expect(runsOnOverPage(line(770, 'x'.repeat(80)), line(80, '13. The purpose'), false, false, 543)).toBe(false);
});

test('runs a table on over a page break, and nothing else into or out of one', () => {
  expect(runsOnOverPage(line(770, 'row'), line(80, 'row'), true, true, 543)).toBe(true);
  expect(runsOnOverPage(line(770, 'x'.repeat(80)), line(80, 'row'), false, true, 543)).toBe(false);
});
