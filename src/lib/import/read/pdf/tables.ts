import type { PdfLine, PdfSpan } from './lines.ts';

/** An empty stretch of x running down every line of a table: the space between two columns. */
export interface Gutter {
  left: number;
  right: number;
}

/** A gutter narrower than this, as a share of the font size, is not a space between columns. */
const MIN_GUTTER = 0.5;
/** Lines further apart than this, as a share of the font size, are not rows of one table. */
const MAX_ROW_GAP = 3.2;
/** A one-span line below a table's last row, further than this below it (a share of the font size), is text after the table. */
const MAX_WRAP_GAP = 1.5;
/** A step down a table this much (a share of the font size) beyond its smallest step starts a new row: the cells' padding. */
const ROW_PADDING = 0.25;

/** What a line is in a table: the first line of a row, with the row's cells; a line of the row above ('wrapped'); or null, not in a table. */
export type TableLine = string[] | 'wrapped' | null;

/** A page's lines as tables see them, and the gutters of the table its last line stands in, to carry on to the next page. */
export interface PageTables {
  lines: TableLine[];
  carry: Gutter[] | null;
}

/** The gaps between a line's spans. */
function gapsOf(line: PdfLine): Gutter[] {
  return line.spans.slice(1).map((span, i) => ({ left: line.spans[i]?.right ?? span.x, right: span.x }));
}

/** The gutters with what a line's spans cover taken out of them; those left too narrow go. */
function cut(gutters: readonly Gutter[], spans: readonly PdfSpan[], size: number): Gutter[] {
  let out = [...gutters];
  for (const span of spans) {
    out = out.flatMap((g) => {
      if (span.right <= g.left || span.x >= g.right) return [g];
      return [
        { left: g.left, right: Math.min(g.right, span.x) },
        { left: Math.max(g.left, span.right), right: g.right },
      ].filter((part) => part.right - part.left > 0);
    });
  }
  return out.filter((g) => g.right - g.left >= MIN_GUTTER * size);
}

/** Two pieces of a cell's text joined: by a space, or by nothing after a word broken at a hyphen ("ring-" + "fenced"). */
const joinText = (a: string, b: string) => (a === '' ? b : b === '' ? a : /\p{L}-$/u.test(a) ? `${a}${b}` : `${a} ${b}`);

/** A row's lines' spans as cells, by the gutters they stand between: a column's pieces joined in reading order. */
function cellsOf(lines: readonly PdfLine[], gutters: readonly Gutter[]): string[] {
  const cells: string[] = Array.from({ length: gutters.length + 1 }, () => '');
  for (const span of lines.flatMap((l) => l.spans)) {
    const column = gutters.filter((g) => g.right <= span.x + 0.5).length;
    cells[column] = joinText(cells[column] ?? '', span.text);
  }
  const last = cells.findLastIndex((c) => c !== '');
  // A row keeps at least one tab, so a row with only its first cell filled still reads as a row.
  return cells.slice(0, Math.max(last + 1, 2));
}

/**
 * From line `start`, the lines of a table: rows with spans in the same columns, and the one-span lines among them (a
 * cell's wrapped text, a row with one cell filled). A one-span line after the last row belongs only if it sits close under it.
 */
function growTable(lines: readonly PdfLine[], start: number): number[] | null {
  const first = lines[start];
  if (!first) return null;
  let gutters = cut(gapsOf(first), first.spans, first.size);
  const members = [start];
  let rows = 1;
  for (let j = start + 1; j < lines.length && gutters.length > 0; j++) {
    const line = lines[j];
    const above = lines[j - 1];
    if (!line || !above || line.y - above.y > MAX_ROW_GAP * line.size) break;
    const left = cut(gutters, line.spans, line.size);
    if (left.length === 0) break;
    if (line.spans.length >= 2) rows += 1;
    members.push(j);
    gutters = left;
  }
  // After the last row, one-span lines stay only while each sits close under the one above.
  const lastRow = members.findLastIndex((k) => (lines[k]?.spans.length ?? 0) >= 2);
  const far = members.findIndex((k, m) => m > lastRow && (lines[k]?.y ?? 0) - (lines[k - 1]?.y ?? 0) > MAX_WRAP_GAP * (lines[k]?.size ?? 0));
  if (far !== -1) members.length = far;
  return rows >= 2 && gutters.length > 0 ? members : null;
}

/**
 * The table's lines grouped into rows. Where the steps down the table are of two kinds, the small ones (a cell's text
 * wrapping at its line spacing) and, at least twice, ones larger by the cells' padding, a row runs from one large
 * step to the next; where they are not, each line is a row of its own.
 */
function rowsOf(lines: readonly PdfLine[]): PdfLine[][] {
  const steps = lines.slice(1).map((line, i) => line.y - (lines[i]?.y ?? line.y));
  const size = Math.max(...lines.map((l) => l.size));
  const smallest = Math.min(...steps);
  const large = (step: number) => step > smallest + ROW_PADDING * size;
  if (steps.filter(large).length < 2 || steps.every(large)) return lines.map((line) => [line]);
  const rows: PdfLine[][] = [];
  lines.forEach((line, i) => {
    const row = rows.at(-1);
    if (row && i > 0 && !large(steps[i - 1] ?? 0)) row.push(line);
    else rows.push([line]);
  });
  return rows;
}

/** The lines of a table, from index `start`, set down as rows of cells between the gutters. */
function layRows(out: TableLine[], table: readonly PdfLine[], start: number, gutters: readonly Gutter[]): void {
  let k = start;
  for (const row of rowsOf(table)) {
    out[k] = cellsOf(row, gutters);
    for (let w = 1; w < row.length; w++) out[k + w] = 'wrapped';
    k += row.length;
  }
}

/** How many lines at the top of a page carry on the table the page before ended in: lines that leave all its gutters empty. */
function carriedOn(lines: readonly PdfLine[], gutters: readonly Gutter[]): number {
  let end = 0;
  for (const line of lines) {
    const above = lines[end - 1];
    if (cut(gutters, line.spans, line.size).length !== gutters.length || (above && line.y - above.y > MAX_ROW_GAP * line.size)) break;
    end += 1;
  }
  return end;
}

/**
 * Find the tables among a page's lines (top to bottom): two or more lines whose spans stand in the same columns, with
 * wide empty gutters running down between them, and the wrapped lines of their cells; and, at the top of the page,
 * the lines that carry on the table the page before ended in (`carried`, its gutters). For each line, the cells of the
 * row it starts (the later stages read them joined by a TAB), 'wrapped' for a later line of a row, or null.
 */
export function findTableRows(lines: readonly PdfLine[], carried: readonly Gutter[] | null = null): PageTables {
  const out: TableLine[] = lines.map(() => null);
  let carry: Gutter[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i];
    if (!first || first.spans.length < 2) continue;
    const members = growTable(lines, i);
    if (!members) continue;
    const table = members.flatMap((k) => lines[k] ?? []);
    // The gutters are those every line of the table leaves empty.
    const gutters = table.reduce((g, line) => cut(g, line.spans, line.size), gapsOf(first));
    layRows(out, table, i, gutters);
    i = members.at(-1) ?? i;
    if (i === lines.length - 1) carry = gutters;
  }
  // Lines at the top of the page, before any table of its own, may carry on the table the page before ended in.
  const lead = out.findIndex((t) => t !== null);
  const carriedLines = carried && carried.length > 0 ? carriedOn(lines.slice(0, lead === -1 ? lines.length : lead), carried) : 0;
  if (carried && carriedLines > 0) {
    layRows(out, lines.slice(0, carriedLines), 0, carried);
    if (carriedLines === lines.length) carry = [...carried];
  }
  return { lines: out, carry };
}
