import type { SourceLine } from '../types.ts';

const GLUE = /\*{4,}/;
const STARS = /\*\*/g;

/** A piece with an odd `**` left over: a run opened on the line before or closed on the next, or two headings run together. */
function splitUnbalanced(text: string): string[] {
  const marks = [...text.matchAll(STARS)].map((m) => m.index);
  if (marks.length % 2 === 0) return [text];
  const trimmed = text.trim();
  if (trimmed.endsWith('**') && !trimmed.startsWith('**')) return [trimmed.slice(0, -2)];
  if (trimmed.startsWith('**') && !trimmed.endsWith('**')) return [trimmed.slice(2)];
  const [only] = marks;
  if (marks.length === 1 && only !== undefined) return [text.slice(0, only), text.slice(only + 2)];
  return [text];
}

/** A closing heading with its answer run onto the same line: "Electoral Division(s) and Member(s) Affected All." */
const HEADING_WITH_ANSWER = /^(\s*electoral divisions?(?:\(s\))? and members?(?:\(s\))? affected)\s+(\S.*)$/i;

/**
 * Pull apart what the PDF export glued together with `**`: `**Purpose of the Report****1. The report…**` becomes a line
 * per piece (each keeping the source line number, a blank line between), and an unmatched `**` at a piece's edge (a bold run cut by the glue) goes.
 * A closing heading with its answer on the same line is parted the same way.
 */
export function unglueLines(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const line of lines) {
    const answered = HEADING_WITH_ANSWER.exec(line.text);
    if (answered) {
      out.push({ text: answered[1] ?? '', line: line.line }, { text: '', line: line.line }, { text: answered[2] ?? '', line: line.line });
      continue;
    }
    if (!line.text.includes('**')) {
      out.push(line);
      continue;
    }
    const pieces = line.text.split(GLUE).flatMap(splitUnbalanced).filter((piece, _i, all) => piece.trim() !== '' || all.length === 1);
    // A blank line between the pieces: each glued piece is a block of its own.
    pieces.forEach((piece, i) => {
      if (i > 0) out.push({ text: '', line: line.line });
      out.push({ text: piece, line: line.line });
    });
  }
  return out;
}
