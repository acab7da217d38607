/** The longest line that can be one entry of a list printed a line each (a name and role, a column of names). */
const MAX_ENTRY = 60;
/** Punctuation or a word that leaves a line needing the next: a hard wrap inside a sentence, not an entry. */
const RUNS_ON = /(?:[.;:!?,\-–—&(]|\b(?:and|or|the|a|an|of|to|in|for|with|by|on|at|from|as|that|which))$/u;

/**
 * Whether a block's lines are entries printed one a line (the minutes' councillors: "Tony Harper (Chairman)",
 * "Boyd Elliott (Vice-Chairman)"): two or more short lines, each starting with a capital, none ending in punctuation
 * or on a word that runs on. Such lines keep their breaks instead of being joined as a wrapped paragraph.
 */
export function isLineList(lines: readonly { text: string }[]): boolean {
  const texts = lines.map((l) => l.text.trim()).filter((t) => t !== '');
  return texts.length >= 2 && texts.every((t) => t.length <= MAX_ENTRY && /^[\p{Lu}]/u.test(t) && !RUNS_ON.test(t));
}
