import type { PhrasingContent, Table, TableCell, TableRow } from 'mdast';
import { parseInline } from './inline.ts';
import { ImportError } from '../types.ts';

export interface SourceRow {
  cells: string[];
  line: number;
}

/** Whether a cell's text carries on from the line above: it starts in lower case (after an opening quote or bracket). */
const continues = (cell: string) => /^["'‘“(]*\p{Ll}/u.test(cell);

/** Whether a row is the rest of the row above, wrapped by the PDF: its first cell is empty, or it starts in lower case. */
function isContinuation(row: SourceRow, above: SourceRow): boolean {
  const first = row.cells[0] ?? '';
  if (first === '') return true;
  const aboveOpen = above.cells.slice(1).some((c) => c === '') && row.cells.filter((c) => c !== '').length <= above.cells.filter((c) => c === '').length + 1;
  return continues(first) || (aboveOpen && /^\(/.test(first));
}

/** Rows with the PDF's wrapped rows joined into the row they continue, cell by cell. */
export function joinContinuedRows(rows: readonly SourceRow[]): { cells: string[][]; lines: number[] }[] {
  const joined: { cells: string[][]; lines: number[] }[] = [];
  for (const row of rows) {
    const above = joined.at(-1);
    const aboveRow = above ? { cells: above.cells.map((parts) => parts.at(-1) ?? ''), line: above.lines.at(-1) ?? row.line } : null;
    if (above && aboveRow && isContinuation(row, aboveRow)) {
      row.cells.forEach((cell, i) => {
        if (cell === '') return;
        const parts = above.cells[i];
        if (parts) parts.push(cell);
        else above.cells[i] = [cell];
      });
      above.lines.push(row.line);
    } else joined.push({ cells: row.cells.map((c) => (c === '' ? [] : [c])), lines: [row.line] });
  }
  return joined;
}

/** A cell's parts as inline content: a part that carries on a sentence joins with a space, a new item with a line break. */
function cellContent(parts: readonly string[], header: boolean, footnotes: ReadonlySet<string>): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  parts.forEach((part, i) => {
    if (i > 0) {
      if (header || continues(part)) out.push({ type: 'text', value: ' ' });
      else out.push({ type: 'mdxJsxTextElement', name: 'br', attributes: [], children: [] });
    }
    out.push(...parseInline(part, footnotes));
  });
  return out;
}

/**
 * Tab-separated rows → a GFM table, the first row as its header. Rows wrapped over several lines are joined first.
 * A table whose rows cannot be lined up (more cells than the header row and no way to tell which) is refused.
 */
export function buildTable(rows: readonly SourceRow[], file: string, footnotes: ReadonlySet<string> = new Set(), header: string[] | null = null): Table {
  const joined = joinContinuedRows(rows);
  // Cells that are empty at the end of every row are tab noise, not columns.
  const width = Math.max(...joined.map((r) => r.cells.findLastIndex((parts) => parts.length > 0) + 1), header?.length ?? 0, 1);
  if (width > 12) {
    throw new ImportError(file, rows[0]?.line ?? null, `a tab-separated table with ${width} columns`, 'check the tabs in this table: a row should have one tab between each cell');
  }
  const toRow = (parts: string[][], isHeader: boolean): TableRow => ({
    type: 'tableRow',
    children: Array.from({ length: width }, (_, i): TableCell => ({ type: 'tableCell', children: cellContent(parts[i] ?? [], isHeader, footnotes) })),
  });
  const body = joined.map((r, i) => toRow(r.cells, header === null && i === 0));
  const head = header ? [toRow(header.map((h) => [h]), true)] : [];
  return { type: 'table', align: Array.from({ length: width }, () => null), children: [...head, ...body] };
}
