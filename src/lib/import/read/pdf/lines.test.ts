import { expect, test } from 'vitest';
import { buildLines, isListMarker, lineText, type PdfItem } from './lines.ts';

/** An item of 12-point text whose glyphs are half the font size wide. */
const item = (text: string, x: number, y: number, more: Partial<PdfItem> = {}): PdfItem => ({ text, x, y, width: text.length * 6, size: 12, bold: false, ...more });
const texts = (items: PdfItem[]) => buildLines(items).map(lineText);

test('reads items on one baseline as one line, left to right, whatever order they come in', () => {
  expect(texts([item('Committee', 126, 100), item('Report to', 63, 100)])).toEqual(['Report to Committee']);
});

test('starts a new line where the baseline moves by more than half the font size, top line first', () => {
  expect(texts([item('second', 63, 114), item('first', 63, 100)])).toEqual(['first', 'second']);
});

test('puts a space where the gap between items is more than a fifth of the font size', () => {
  expect(texts([item('Agenda', 63, 100), item('Item', 63 + 36 + 3, 100)])).toEqual(['Agenda Item']);
});

test('puts no space where items meet (a ligature, a kerned pair)', () => {
  expect(texts([item('fi', 63, 100), item('le', 63 + 12 + 0.5, 100)])).toEqual(['file']);
});

test('adds no second space where PDF.js already ends an item with one', () => {
  expect(texts([item('Agenda ', 63, 100, { width: 39 }), item('Item', 63 + 42, 100)])).toEqual(['Agenda Item']);
});

test('reads a space item PDF.js puts between two words as one space', () => {
  expect(texts([item('Agenda', 63, 100), item(' ', 99, 100, { width: 1 }), item('Item', 100, 100)])).toEqual(['Agenda Item']);
});

test('keeps a raised superscript on its line and prints its digits as superscript digits', () => {
  const lines = buildLines([item('belongs to us all', 63, 100), item('1', 63 + 102, 96, { size: 7, width: 4 }), item('and any changes', 63 + 110, 100)]);
  expect(lines.map(lineText)).toEqual(['belongs to us all¹ and any changes']);
  expect(lines[0]?.y).toBe(100);
});

test('keeps a raised "th" as letters, joined to its number', () => {
  expect(texts([item('13', 63, 100), item('th', 75, 96, { size: 7, width: 6 }), item('November 2017', 84, 100)])).toEqual(['13th November 2017']);
});

test('joins a paragraph number set apart from its text to it with one space', () => {
  expect(texts([item('12.', 63, 100), item('To provide Members with an update', 91, 100)])).toEqual(['12. To provide Members with an update']);
});

test('joins a bullet set apart from its text to it with one space', () => {
  expect(texts([item('•', 70, 100), item('Elective Care', 91, 100)])).toEqual(['• Elective Care']);
});

test('cuts a line into spans at a wide gap', () => {
  const [line] = buildLines([item('Job title', 63, 100), item('Grade', 260, 100), item('Full Time', 312, 100)]);
  expect(line?.spans.map((s) => s.text)).toEqual(['Job title', 'Grade', 'Full Time']);
  expect(line && lineText(line)).toBe('Job title Grade Full Time');
});

test('keeps a number further along a line as a cell of its own, not a paragraph number', () => {
  const [line] = buildLines([item('Project Manager', 63, 100), item('1.5', 260, 100), item('Temporary', 312, 100)]);
  expect(line?.spans.map((s) => s.text)).toEqual(['Project Manager', '1.5', 'Temporary']);
});

test('marks a line bold when most of its characters are set in bold', () => {
  const [heading, mixed] = buildLines([item('Purpose of the Report', 63, 100, { bold: true }), item('see', 63, 120, { bold: true }), item('paragraph eighteen', 87, 120)]);
  expect(heading?.bold).toBe(true);
  expect(mixed?.bold).toBe(false);
});

test('gives a line the size most of its characters are set in, and its left and right edges', () => {
  const [line] = buildLines([item('Report', 63, 100, { size: 14, width: 42 }), item('to the Committee', 63 + 45, 100)]);
  expect(line).toMatchObject({ size: 12, x: 63, right: 63 + 45 + 96 });
});

test('reads text printed twice in the same place once', () => {
  expect(texts([item('RECOMMENDATIONS', 63, 100), item('RECOMMENDATIONS', 63.3, 100)])).toEqual(['RECOMMENDATIONS']);
});

test('ignores items that are only whitespace or empty', () => {
  expect(texts([item('', 63, 80), item('  ', 63, 90), item('text', 63, 100)])).toEqual(['text']);
});

test('takes numbers, letters in brackets and bullet glyphs as list markers, but not a bare number', () => {
  expect(['12.', '1.3', 'a)', '(iv)', '•', '\uF0B7'].every(isListMarker)).toBe(true);
  expect(['12', 'Grade', '£4.5m'].some(isListMarker)).toBe(false);
});

test('keeps a dash further along a line as a cell of its own (a table\'s "none")', () => {
  const [line] = buildLines([item('Total in treatment', 63, 100), item('-', 260, 100), item('2,983', 312, 100)]);
  expect(line?.spans.map((s) => s.text)).toEqual(['Total in treatment', '-', '2,983']);
});
