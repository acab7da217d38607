import type { SourceLine } from './types.ts';

/** A running page footer as the PDF export leaves it: on a line of its own, or glued to the end of a line or a cell. */
const FOOTER = /[ \t]*\bPage (\d+) of (\d+)\b[ \t]*/g;

export interface FootersDropped {
  lines: SourceLine[];
  /** First and last page number printed in the footers, or null when there are none. */
  pages: [number, number] | null;
}

/**
 * Drop the page footers ("Page 43 of 102"), wherever they stand in a line; a line that held only a footer goes
 * altogether, so the paragraph it interrupted can join up again. The page numbers are kept as provenance.
 */
export function dropFooters(lines: readonly SourceLine[]): FootersDropped {
  const numbers: number[] = [];
  const kept: SourceLine[] = [];
  for (const line of lines) {
    if (!line.text.includes('Page ')) {
      kept.push(line);
      continue;
    }
    const text = line.text.replace(FOOTER, (match, page: string, _total: string, offset: number, whole: string) => {
      numbers.push(Number(page));
      // Keep a tab that separated cells (a footer glued into a table row), else a space between the words around it.
      const atEnd = offset + match.length === whole.length;
      return atEnd || offset === 0 ? '' : match.includes('\t') ? '\t' : ' ';
    });
    if (text.trim() !== '' || line.text.trim() === '') kept.push({ text, line: line.line });
  }
  const first = numbers[0];
  const last = numbers.at(-1);
  return { lines: kept, pages: first === undefined || last === undefined ? null : [Math.min(...numbers), Math.max(...numbers)] };
}
