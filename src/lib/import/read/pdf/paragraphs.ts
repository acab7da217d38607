import { lineText, type PdfLine } from './lines.ts';
import type { TableLine } from './tables.ts';

/** A line of rebuilt text, before numbering: its text and, for a printed line, where it stands and how it is set. */
export interface LaidLine {
  text: string;
  page: number;
  x?: number;
  bold?: boolean;
  size?: number;
}

/** A page's body lines, with what each is in a table, if anything (findTableRows). */
export interface PageLines {
  page: number;
  lines: PdfLine[];
  cells: TableLine[];
}

/** Spacings are compared in steps of this share of the font size. */
const BIN = 0.05;
/** A gap more than this share of the font size beyond the usual spacing is a paragraph break. */
const PARAGRAPH_EXTRA = 0.3;
/** A page needs this many spacings of its own to judge its usual spacing; with fewer, the document's is used. */
const MIN_SAMPLES = 4;

/** The spacings between a page's lines that can be line spacing: as a share of the font size, between text lines of one size. */
function spacings(page: PageLines): number[] {
  const out: number[] = [];
  page.lines.forEach((line, i) => {
    const above = page.lines[i - 1];
    if (!above || page.cells[i] || page.cells[i - 1] || Math.abs(above.size - line.size) > 0.5 || line.size <= 0) return;
    const ratio = (line.y - above.y) / line.size;
    if (ratio >= 0.9 && ratio <= 2.5) out.push(ratio);
  });
  return out;
}

/** The usual spacing in a set of spacings: the most common, or a smaller one nearly as common (line spacing is the smallest). */
function usual(ratios: readonly number[]): number | null {
  const bins = new Map<number, number>();
  for (const r of ratios) bins.set(Math.round(r / BIN), (bins.get(Math.round(r / BIN)) ?? 0) + 1);
  const most = Math.max(0, ...bins.values());
  const bin = [...bins].filter(([, count]) => count * 2 >= most).sort((a, b) => a[0] - b[0])[0]?.[0];
  return bin === undefined ? null : bin * BIN;
}

/** The usual line spacing of each page, as a share of the font size (the document's, where a page has too few lines to tell). */
export function usualSpacings(pages: readonly PageLines[]): number[] {
  const all = usual(pages.flatMap(spacings)) ?? 1.2;
  return pages.map((page) => {
    const own = spacings(page);
    return own.length >= MIN_SAMPLES ? (usual(own) ?? all) : all;
  });
}

/** Whether the gap from one line down to the next is clearly larger than the page's usual spacing: a paragraph break. */
export function isParagraphBreak(above: PdfLine, below: PdfLine, spacing: number): boolean {
  const size = Math.max(above.size, below.size);
  return below.y - above.y > spacing * size + PARAGRAPH_EXTRA * Math.min(above.size, below.size);
}

/** A printed line as rebuilt text: a table row's cells joined by a TAB, other lines' spans by a space. */
function laid(line: PdfLine, cells: string[] | null, page: number): LaidLine {
  return { text: cells ? cells.join('\t') : lineText(line), page, x: Math.round(line.x * 10) / 10, bold: line.bold, size: Math.round(line.size * 10) / 10 };
}

/**
 * One page's body lines as text: a line per printed line, a blank line where the gap above a line is clearly larger
 * than the usual line spacing, and around a table, whose rows follow one another with none between (a row's cells
 * gathered on the line of its first line).
 */
export function layOutPage(page: PageLines, spacing: number): LaidLine[] {
  const out: LaidLine[] = [];
  page.lines.forEach((line, i) => {
    const above = page.lines[i - 1];
    const row = page.cells[i] ?? null;
    if (row === 'wrapped') return;
    if (above) {
      const aboveRow = page.cells[i - 1] ?? null;
      const gap = row && aboveRow ? false : row || aboveRow ? true : isParagraphBreak(above, line, spacing);
      if (gap) out.push({ text: '', page: page.page });
    }
    out.push(laid(line, row, page.page));
  });
  return out;
}

/** A line that starts a numbered paragraph or a bullet point. */
const NEW_POINT = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|\(?[a-z]{1,4}\)|[\uF0B7•·▪◦●-])\s/u;
const SENTENCE_END = /[.:;!?]["'”’)\]]*$/u;

/**
 * Whether the text runs on from the foot of one page to the head of the next: the last line is a full line, or
 * stops mid-sentence, and the next page goes on in lower case or without a break in the sentence.
 */
export function runsOnOverPage(last: PdfLine, next: PdfLine, lastIsRow: boolean, nextIsRow: boolean, right: number): boolean {
  if (lastIsRow || nextIsRow) return lastIsRow && nextIsRow;
  const nextText = lineText(next);
  // A heading, or a new point, starts afresh: set apart by its weight or size, or by its number or bullet.
  if (NEW_POINT.test(nextText) || (next.bold && !last.bold) || Math.abs(next.size - last.size) > 0.5) return false;
  if (/^\p{Ll}/u.test(nextText)) return true;
  return !SENTENCE_END.test(lineText(last)) && last.right >= right - 2 * last.size;
}
