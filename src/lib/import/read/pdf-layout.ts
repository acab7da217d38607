import { nestBullets } from './pdf-bullets.ts';
import type { PdfLine } from './pdf-lines.ts';
import { stripMargins, type PdfPage } from './pdf-margins.ts';
import { layOutPage, runsOnOverPage, usualSpacings, type LaidLine, type PageLines } from './pdf-paragraphs.ts';
import { findTableRows } from './pdf-tables.ts';

/** The right edge of a page's text: the furthest right its lines that are not table rows reach. */
function textRight(page: PageLines): number {
  return Math.max(0, ...page.lines.filter((_, i) => !page.cells[i]).map((l) => l.right));
}

const blank = (page: number): LaidLine => ({ text: '', page });

/** A page whose text stops this many lines short of where pages usually end stops early: a break its author made. */
const SHORT_PAGE = 6;

/** Blank lines at the ends gone, and runs of them cut to `most` (two after a page that stops early, else one). */
function tidyBlanks(lines: readonly LaidLine[]): LaidLine[] {
  const out: LaidLine[] = [];
  let run = 0;
  for (const line of lines) {
    if (line.text === '') {
      run += 1;
      if (out.length === 0 || run > (line.text === '' && line.x === -1 ? 2 : 1)) continue;
    } else run = 0;
    out.push(line);
  }
  while (out.at(-1)?.text === '') out.pop();
  return out;
}

/**
 * A PDF's pages of printed lines → the text the later stages read: running headers and footers off, each page's
 * printed number kept as a "Page N of M" line at its end, tables' rows as TAB-separated cells, a blank line between
 * paragraphs, and none at a page break where a paragraph runs on over it.
 */
export function layOutPdf(pages: readonly PdfPage[]): LaidLine[] {
  const bodies = stripMargins(pages);
  const pageLines: PageLines[] = bodies.map((body, i) => ({ page: i + 1, lines: body.lines, cells: findTableRows(body.lines) }));
  const spacings = usualSpacings(pageLines);
  const printedTotal = Math.max(0, ...bodies.map((b) => b.pageNumber?.of ?? b.pageNumber?.n ?? 0));
  const out: LaidLine[] = [];
  let before: { page: PageLines; last: PdfLine; footer: LaidLine | null } | null = null;
  pageLines.forEach((page, i) => {
    const number = bodies[i]?.pageNumber ?? null;
    const footer: LaidLine | null = number ? { text: `Page ${number.n} of ${number.of ?? printedTotal}`, page: page.page } : null;
    const first = page.lines[0];
    if (before) {
      const lastRow = before.page.cells.at(-1) != null;
      const runsOn = first !== undefined && runsOnOverPage(before.last, first, lastRow, page.cells[0] != null, textRight(before.page));
      if (!runsOn) out.push(blank(before.page.page));
      if (before.footer) out.push(before.footer);
      if (!runsOn && before.footer) out.push(blank(before.page.page));
    }
    out.push(...layOutPage(page, spacings[i] ?? 1.2));
    const last = page.lines.at(-1);
    if (last) before = { page, last, footer };
    else {
      if (footer) out.push(blank(page.page), footer);
      before = null;
    }
  });
  if (before?.footer) out.push(blank(before.page.page), before.footer);
  return tidyBlanks(out);
}
