import { matchHeaderLine, type HeaderLine } from './match-header-line.ts';
import type { SourceLine } from '../types.ts';

/** One unit of a document's header: a line, a run of lines (a title over two lines), or a piece of a `**`-glued line. */
export interface HeaderUnit {
  /** The unit's words as printed, lines joined by a space. */
  text: string;
  header: HeaderLine | null;
  firstLine: number;
  lastLine: number;
  /** Where the text after this unit begins: an index into the lines, and a column in that line. */
  end: { index: number; column: number };
}

interface Piece {
  text: string;
  index: number;
  column: number;
  end: number;
  gluedBefore: boolean;
  gluedAfter: boolean;
}

const GLUE = /\*{4,}/g;
const SINGLE_LINE = new Set<HeaderLine['type']>(['report-to', 'date', 'agenda-item', 'minutes', 'agenda', 'meeting', 'meeting-date']);
const hasLower = (text: string) => /\p{Ll}/u.test(text);

/** A line cut where `**` runs are glued together (`**A****B**`): each piece with its columns. */
function piecesOf(line: SourceLine, index: number): Piece[] {
  const pieces: Piece[] = [];
  let column = 0;
  for (const glue of [...line.text.matchAll(GLUE), null]) {
    const end = glue ? glue.index : line.text.length;
    const text = line.text.slice(column, end);
    if (text.trim() !== '') pieces.push({ text, index, column, end, gluedBefore: column > 0, gluedAfter: glue !== null });
    column = glue ? glue.index + glue[0].length : end;
  }
  return pieces;
}

/**
 * Read the header units at the top of a document, up to `maxLines` lines. A blank line or a `****` glue ends a unit;
 * a recognised header line is a unit of its own; other lines run on (a title over two lines), until the case changes
 * from capitals to lower case.
 */
export function readHeaderUnits(lines: readonly SourceLine[], maxLines = 60): HeaderUnit[] {
  const units: HeaderUnit[] = [];
  let open: HeaderUnit | null = null;
  for (const [index, line] of lines.slice(0, maxLines).entries()) {
    if (line.text.trim() === '') {
      open = null;
      continue;
    }
    for (const piece of piecesOf(line, index)) {
      const header = matchHeaderLine(piece.text);
      const runsOn =
        open !== null &&
        !piece.gluedBefore &&
        header === null &&
        (open.header === null || !SINGLE_LINE.has(open.header.type)) &&
        (hasLower(open.text) || !hasLower(piece.text));
      // A piece glued to the one after it ends the unit; the `**` that opens the next piece stays with the next piece.
      const end = { index, column: piece.gluedAfter ? piece.end + 2 : line.text.length };
      if (runsOn && open) {
        open.text = `${open.text.trimEnd()} ${piece.text.trim()}`;
        open.lastLine = line.line;
        open.end = end;
      } else {
        open = { text: piece.text.trim(), header, firstLine: line.line, lastLine: line.line, end };
        units.push(open);
      }
      if (piece.gluedAfter) open = null;
    }
  }
  return units;
}

/** The lines after a unit: the rest of its last line (when a glued piece follows it), then the lines below. */
export function linesAfter(lines: readonly SourceLine[], end: HeaderUnit['end']): SourceLine[] {
  const line = lines[end.index];
  if (!line) return [];
  const rest = line.text.slice(end.column);
  const below = lines.slice(end.index + 1);
  return rest.trim() === '' ? below : [{ text: rest, line: line.line }, ...below];
}
