/**
 * Seeds 001 and 004 glue bold runs to each other and to the text around them: `**A****B**`, `Advice**Background**`.
 * In the council's paper each was a line (a heading, the date, "Agenda Item: 4") of its own.
 */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The block with each bold run that is glued to a neighbour (another run, or a letter or digit) on a line of its own. */
export function splitGluedBold(block: string): string {
  const text = block.replace(/\*{4}/g, '**\n**');
  let out = '';
  let last = 0;
  let open = false;
  for (const m of text.matchAll(/\*{2,3}/g)) {
    const at = m.index;
    const end = at + m[0].length;
    out += text.slice(last, at);
    if (!open) {
      if (LETTER_OR_DIGIT.test(text.charAt(at - 1))) out += '\n';
      out += m[0];
    } else {
      out += m[0];
      if (LETTER_OR_DIGIT.test(text.charAt(end))) out += '\n';
    }
    open = !open;
    last = end;
  }
  return out + text.slice(last);
}
