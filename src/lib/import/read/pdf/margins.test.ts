import { expect, test } from 'vitest';
import { lineText, type PdfLine } from './lines.ts';
import { readPageNumber, stripMargins, type PdfPage } from './margins.ts';

const line = (y: number, text: string, x = 63): PdfLine => ({ y, x, right: x + text.length * 6, size: 12, bold: false, spans: [{ text, x, right: x + text.length * 6 }] });
/** An A4 page: a running header at the top, body lines in between, and a footer at the bottom when given. */
const page = (header: string | null, body: string[], footer: string | null): PdfPage => ({
  height: 842,
  lines: [...(header ? [line(40, header)] : []), ...body.map((t, i) => line(80 + 14 * i, t)), ...(footer ? [line(810, footer, 280)] : [])],
});
const WORDS = ['integration', 'alliance', 'transition', 'membership', 'governance'];
const texts = (pages: PdfPage[]) => stripMargins(pages).map((p) => p.lines.map(lineText));

test('drops a running header that stands at the same height on pages next to one another', () => {
  const pages = [0, 1, 2].map((n) => page('Policy Committee – 20 April 2016', [`${WORDS[n]}`], null));
  expect(texts(pages)).toEqual([['integration'], ['alliance'], ['transition']]);
});

test('drops a running footer whose number changes from page to page', () => {
  const pages = [1, 2, 3].map((n) => page(null, [`${WORDS[n]}`], `Nottinghamshire County Council ${n}`));
  expect(texts(pages)).toEqual([['alliance'], ['transition'], ['membership']]);
});

test('keeps a line repeated only on pages far apart, as a report\'s own header in a pack', () => {
  const pages = [0, 1, 2, 3, 4].map((n) => page(n % 2 === 0 ? 'Report to Adult Social Care and Public Health Committee' : null, [`${WORDS[n]}`], null));
  expect(texts(pages)[2]).toEqual(['Report to Adult Social Care and Public Health Committee', 'transition']);
});

test('keeps the body lines at the top and bottom of a page that do not repeat', () => {
  expect(texts([page(null, ['1. To provide Members with an update'], null), page(null, ['2. The Better Together Alliance'], null)])).toEqual([
    ['1. To provide Members with an update'],
    ['2. The Better Together Alliance'],
  ]);
});

test('takes "Page N of M" off the foot of the page and keeps its numbers', () => {
  const [body] = stripMargins([page(null, ['text'], 'Page 43 of 102')]);
  expect(body?.lines.map(lineText)).toEqual(['text']);
  expect(body?.pageNumber).toEqual({ n: 43, of: 102 });
});

test('takes a bare page number on the page\'s last line as its number', () => {
  const [body] = stripMargins([page(null, ['text'], '7')]);
  expect(body).toEqual({ lines: [expect.objectContaining({ y: 80 })], pageNumber: { n: 7, of: null } });
});

test('finds the page number in a running footer with other words on it', () => {
  const footer = (n: number): PdfLine => ({ ...line(810, ''), spans: [{ text: 'Nottinghamshire County Council', x: 63, right: 243 }, { text: `Page ${n}`, x: 480, right: 522 }] });
  const pages = [1, 2, 3].map((n) => ({ height: 842, lines: [line(100, `${WORDS[n]}`), footer(n)] }));
  expect(stripMargins(pages).map((p) => [p.lines.length, p.pageNumber?.n])).toEqual([
    [1, 1],
    [1, 2],
    [1, 3],
  ]);
});

test('keeps a table\'s header row repeated at the top of each page, close above its rows', () => {
  const pages = [1, 2, 3].map((n) => ({ height: 842, lines: [line(70, 'Report Title Lead Officer'), line(84, `${WORDS[n]} Corporate Director`), line(98, 'Service Director')] }));
  expect(texts(pages).map((p) => p[0])).toEqual(['Report Title Lead Officer', 'Report Title Lead Officer', 'Report Title Lead Officer']);
});

test('keeps a number that stands in the body of the page', () => {
  const [body] = stripMargins([{ height: 842, lines: [line(100, 'Total'), line(400, '12'), line(420, 'end')] }]);
  expect(body?.lines).toHaveLength(3);
  expect(body?.pageNumber).toBeNull();
});

test('reads page numbers as footers print them', () => {
  expect(['Page 3 of 10', '3/10', 'Page 3', '- 3 -', '3'].map(readPageNumber)).toEqual([
    { n: 3, of: 10 },
    { n: 3, of: 10 },
    { n: 3, of: null },
    { n: 3, of: null },
    { n: 3, of: null },
  ]);
  expect(readPageNumber('Page three')).toBeNull();
});
