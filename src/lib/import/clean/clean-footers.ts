import type { SourceLine } from '../types.ts';

/** A running page footer as the PDF export leaves it: on a line of its own, or glued to the end of a line or a cell. */
const FOOTER = / *\bPage (\d+) of (\d+)\b */g;

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
      // A space between the words around it; nothing at a line's or a cell's edge (the tabs stay, so cells keep their places).
      const before = whole[offset - 1];
      const after = whole[offset + match.length];
      return before === undefined || after === undefined || before === '\t' || after === '\t' ? '' : ' ';
    });
    if (text.trim() !== '' || line.text.trim() === '') kept.push({ text, line: line.line });
  }
  const first = numbers[0];
  const last = numbers.at(-1);
  return { lines: kept, pages: first === undefined || last === undefined ? null : [Math.min(...numbers), Math.max(...numbers)] };
}
