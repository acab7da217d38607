import type { PdfLine, PdfSpan } from './pdf-lines.ts';

/** An empty stretch of x running down every line of a table: the space between two columns. */
interface Gutter {
  left: number;
  right: number;
}

/** A gutter narrower than this, as a share of the font size, is not a space between columns. */
const MIN_GUTTER = 0.5;
/** Lines further apart than this, as a share of the font size, are not rows of one table. */
const MAX_ROW_GAP = 3.2;
/** A one-span line below a table's last row, further than this below it (a share of the font size), is text after the table. */
const MAX_WRAP_GAP = 1.5;

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

/** A line's spans as cells, by the gutters they stand between: spans in one column joined by a space. */
function cellsOf(line: PdfLine, gutters: readonly Gutter[]): string[] {
  const cells: string[] = Array.from({ length: gutters.length + 1 }, () => '');
  for (const span of line.spans) {
    const column = gutters.filter((g) => g.right <= span.x + 0.5).length;
    cells[column] = cells[column] === '' ? span.text : `${cells[column]} ${span.text}`;
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
 * Find the tables among a page's lines (top to bottom): two or more lines whose spans stand in the same columns, with
 * wide empty gutters running down between them, and the wrapped lines of their cells. For each line, its cells (the
 * later stages read them joined by a TAB), or null when it is not part of a table.
 */
export function findTableRows(lines: readonly PdfLine[]): (string[] | null)[] {
  const cells: (string[] | null)[] = lines.map(() => null);
  for (let i = 0; i < lines.length; i++) {
    if ((lines[i]?.spans.length ?? 0) < 2) continue;
    const members = growTable(lines, i);
    if (!members) continue;
    // The gutters are those every line of the table leaves empty.
    const first = lines[i];
    const rows = members.flatMap((k) => lines[k] ?? []);
    const gutters = first ? rows.reduce((g, line) => cut(g, line.spans, line.size), gapsOf(first)) : [];
    for (const k of members) {
      const line = lines[k];
      if (line) cells[k] = cellsOf(line, gutters);
    }
    i = members.at(-1) ?? i;
  }
  return cells;
}
