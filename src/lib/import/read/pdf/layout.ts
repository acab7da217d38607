import { nestBullets } from './bullets.ts';
import { stripMargins, type PdfPage } from './margins.ts';
import { layOutPage, runsOnOverPage, usualSpacings, type LaidLine, type PageLines } from './paragraphs.ts';
import { findTableRows, type Gutter } from './tables.ts';

/** A page whose text stops more than this many lines short of where pages usually end stops early: a break its author made. */
const SHORT_PAGE = 6;

/** The right edge of a page's text: the furthest right its lines that are not table rows reach. */
function textRight(page: PageLines): number {
  return Math.max(0, ...page.lines.filter((_, i) => !page.cells[i]).map((l) => l.right));
}

/** The middle value of some numbers. */
function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
}

/** Text lines with blank lines added where asked: one blank at most in a row, but two where `twice` says. */
class Lines {
  readonly out: LaidLine[] = [];
  blank(page: number, twice = false): void {
    if (this.out.length === 0) return;
    if (this.out.at(-1)?.text !== '') this.out.push({ text: '', page });
    if (twice && this.out.at(-2)?.text !== '') this.out.push({ text: '', page });
  }
  push(...lines: LaidLine[]): void {
    for (const line of lines) {
      if (line.text === '') this.blank(line.page);
      else this.out.push(line);
    }
  }
  done(): LaidLine[] {
    while (this.out.at(-1)?.text === '') this.out.pop();
    return this.out;
  }
}

/**
 * A PDF's pages of printed lines → the text the later stages read: running headers and footers off, each page's
 * printed number kept as a "Page N of M" line at its end, tables' rows as TAB-separated cells, a blank line between
 * paragraphs, none at a page break where a paragraph runs on over it, and two after a page that stops early.
 */
export function layOutPdf(pages: readonly PdfPage[]): LaidLine[] {
  const bodies = stripMargins(pages);
  let carry: Gutter[] | null = null;
  const pageLines = bodies.map((body, i): PageLines => {
    const tables = findTableRows(body.lines, carry);
    carry = tables.carry;
    return { page: i + 1, lines: body.lines, cells: tables.lines };
  });
  const spacings = usualSpacings(pageLines);
  // Where pages' text usually ends, at the foot and at the right.
  const bottom = median(pageLines.flatMap((p) => p.lines.at(-1)?.y ?? []));
  const right = median(pageLines.filter((p) => p.lines.length > 0).map(textRight));
  const printedTotal = Math.max(0, ...bodies.map((b) => b.pageNumber?.of ?? b.pageNumber?.n ?? 0));
  const text = new Lines();
  pageLines.forEach((page, i) => {
    const number = bodies[i]?.pageNumber ?? null;
    const footer: LaidLine | null = number ? { text: `Page ${number.n} of ${number.of ?? printedTotal}`, page: page.page } : null;
    text.push(...layOutPage(page, spacings[i] ?? 1.2));
    const last = page.lines.at(-1);
    const next = pageLines[i + 1];
    const first = next?.lines[0];
    const runsOn = last !== undefined && first !== undefined && next !== undefined && runsOnOverPage(last, first, page.cells.at(-1) != null, next.cells[0] != null, right);
    const short = last !== undefined && bottom - last.y > SHORT_PAGE * (spacings[i] ?? 1.2) * last.size;
    if (!runsOn) text.blank(page.page);
    if (footer) text.push(footer);
    if (!runsOn) text.blank(page.page, short);
  });
  return nestBullets(text.done());
}
