import { expect, test } from 'vitest';
import { layOutPdf } from './layout.ts';
import type { PdfLine } from './lines.ts';
import type { PdfPage } from './margins.ts';

const line = (y: number, text: string, x = 63): PdfLine => ({ y, x, right: x + text.length * 6, size: 12, bold: false, spans: [{ text, x, right: x + text.length * 6 }] });
/** An A4 page of body lines 13.8 points apart from y = 80, a blank line's space before each line that starts with "¶", and its footer. */
const page = (body: string[], footer: string | null): PdfPage => {
  let y = 66.2;
  const lines = body.map((t) => {
    y += t.startsWith('¶') ? 27.6 : 13.8;
    return line(y, t.replace(/^¶/, ''));
  });
  return { height: 842, lines: footer ? [...lines, line(825, footer, 280)] : lines };
};
const full = (words: string) => `${words} ${'and so on '.repeat(8)}`.trim();
const texts = (pages: PdfPage[]) => layOutPdf(pages).map((l) => l.text);

test('ends each page with its printed number as "Page N of M", set apart by blank lines where the text does not run on', () => {
  const body = (n: number) => [`${n}. A short paragraph`, 'that ends here.', ...Array.from({ length: 49 }, () => 'Filler.')];
  expect(texts([page(body(1), 'Page 1 of 2'), page(body(2), 'Page 2 of 2')]).filter((t) => t !== 'Filler.')).toEqual([
    '1. A short paragraph',
    'that ends here.',
    '',
    'Page 1 of 2',
    '',
    '2. A short paragraph',
    'that ends here.',
    '',
    'Page 2 of 2',
  ]);
});

test('keeps the footer between the two halves of a paragraph that runs on over the page break, with no blank line', () => {
  const first = page(['1. A paragraph that runs on', ...Array.from({ length: 49 }, () => full('over the page'))], 'Page 1 of 2');
  expect(texts([first, page(['inappropriate housing and homelessness.'], 'Page 2 of 2')]).slice(-5)).toEqual([
    full('over the page'),
    'Page 1 of 2',
    'inappropriate housing and homelessness.',
    '',
    'Page 2 of 2',
  ]);
});

test('puts two blank lines after a page that stops early, as a report\'s last page before the next document', () => {
  const fullPage = (n: number) => page(Array.from({ length: 50 }, () => full('Line')), `Page ${n} of 4`);
  expect(texts([page(['All.', '¶ASCH393'], 'Page 1 of 4'), fullPage(2), fullPage(3), page(['¶Report to Policy Committee'], 'Page 4 of 4')]).slice(0, 8)).toEqual([
    'All.',
    '',
    'ASCH393',
    '',
    'Page 1 of 4',
    '',
    '',
    full('Line'),
  ]);
});

test('gives every line the page it stands on, blank lines and footers included', () => {
  const lines = layOutPdf([page(['One.'], 'Page 1 of 2'), page(['Two.'], 'Page 2 of 2')]);
  expect(lines.map((l) => [l.text, l.page])).toEqual([
    ['One.', 1],
    ['', 1],
    ['Page 1 of 2', 1],
    ['', 1],
    ['Two.', 2],
    ['', 2],
    ['Page 2 of 2', 2],
  ]);
});

test('numbers a page without a printed total by the highest page number printed', () => {
  expect(texts([page(['One.'], '1'), page(['Two.'], '2')]).filter((t) => t.startsWith('Page'))).toEqual(['Page 1 of 2', 'Page 2 of 2']);
});
