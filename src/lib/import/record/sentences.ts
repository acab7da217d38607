/** Abbreviations after which a full stop does not end a sentence. */
const NO_END = /(?:\b(?:e\.g|i\.e|etc|No|no|Cllr|Dr|Mr|Mrs|Ms|St|para|approx|c)\.|\b[A-Z]\.)$/;

/**
 * The sentences of a block of the council's text, each on its own: lines (list items, table rows) never run
 * together, and a sentence ends at ".", "!" or "?" before a space and a capital, quote or bracket.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let start = 0;
    for (const m of line.matchAll(/[.!?][’'”"]?\s+(?=[A-Z0-9“‘"'(])/g)) {
      const end = m.index + m[0].trimEnd().length;
      const candidate = line.slice(start, end);
      if (NO_END.test(candidate.slice(0, m.index - start + 1))) continue;
      out.push(candidate.trim());
      start = m.index + m[0].length;
    }
    const rest = line.slice(start).trim();
    if (rest) out.push(rest);
  }
  return out.filter((s) => /[A-Za-z]/.test(s));
}
