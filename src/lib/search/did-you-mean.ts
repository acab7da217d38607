/**
 * "Did you mean …?" for a search that found nothing, or that has a word the papers never use. Pagefind matches words
 * and their prefixes, and its fuzzy matching can fill a misspelt search with unrelated pages ("Basetlaw" finds
 * pages on outcomes-*based* payment), so the search page offers near spellings from the vocabulary the build writes
 * (/pagefind-vocab.json: glossary terms, committees, areas, and the words of titles and papers). Pure.
 */

/** Edit distance (insertions, deletions, substitutions and swaps of two neighbours), or max + 1 once beyond max. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/** How far a word of this length may be misspelt: nothing under 4 letters, 1 up to 5, else 2. */
export function allowedDistance(length: number): number {
  return length < 4 ? 0 : length <= 5 ? 1 : 2;
}

const norm = (s: string): string => s.toLocaleLowerCase('en-GB').replace(/\s+/g, ' ').trim();

/** Every single word of the vocabulary's entries ("better care fund" gives three), lower-cased. */
const vocabularyWords = (vocabulary: readonly string[]): Set<string> => new Set(vocabulary.flatMap((t) => norm(t).split(' ')));

/**
 * The words of `query` that the papers never use: words of letters long enough to be misspelt (allowedDistance > 0)
 * and not in the vocabulary. Numbers, references ("2021/002", "ASCPH506") and short words are never unknown.
 */
export function unknownWords(query: string, vocabulary: readonly string[]): string[] {
  const known = vocabularyWords(vocabulary);
  return norm(query)
    .split(' ')
    .filter((w) => /^\p{L}[\p{L}'’-]*$/u.test(w) && allowedDistance(w.length) > 0 && !known.has(w));
}

/**
 * Up to `max` queries close to `query`: first whole terms of the vocabulary ("Bassetlaw", "Better Care Fund")
 * within the allowed distance, then the query with each misspelt word replaced by its nearest vocabulary word
 * (when every word then is one of the vocabulary's).
 * The query itself is never offered; nearest first.
 */
export function suggestQueries(query: string, vocabulary: readonly string[], max = 3): string[] {
  const q = norm(query);
  if (q.length === 0) return [];
  const terms = [...new Set(vocabulary.map(norm).filter((t) => t.length > 0))];
  // A whole term is offered as the vocabulary spells it ("Bassetlaw", "Better Care Fund").
  const spelt = new Map<string, string>();
  for (const v of vocabulary) if (!spelt.has(norm(v))) spelt.set(norm(v), v.replace(/\s+/g, ' ').trim());
  const scored: { text: string; distance: number; mended?: true }[] = [];
  const allowed = allowedDistance(q.length);
  for (const term of terms) {
    const d = editDistance(q, term, allowed);
    if (d > 0 && d <= allowed) scored.push({ text: spelt.get(term) ?? term, distance: d });
  }
  const words = [...new Set(terms.flatMap((t) => t.split(' ')).filter((w) => w.length >= 3))];
  const known = new Set(words);
  let total = 0;
  // Each word as the reader typed it, unless mended: then as the vocabulary spells it ("basetlaw carers" →
  // "Bassetlaw carers").
  const typed = query.replace(/\s+/g, ' ').trim().split(' ');
  const mended = q.split(' ').map((word, i) => {
    const asTyped = { word, text: typed[i] ?? word };
    if (known.has(word) || allowedDistance(word.length) === 0) return asTyped;
    let best: { word: string; d: number } | null = null;
    for (const candidate of words) {
      const d = editDistance(word, candidate, allowedDistance(word.length));
      if (d <= allowedDistance(word.length) && (best === null || d < best.d)) best = { word: candidate, d };
    }
    if (best === null) return asTyped;
    total += best.d;
    return { word: best.word, text: spelt.get(best.word) ?? best.word };
  });
  const joined = mended.map((m) => m.word).join(' ');
  // Offered only when every word is now one the papers use: a query still half-misspelt would find nothing either.
  if (total > 0 && joined !== q && mended.every((m) => known.has(m.word))) {
    scored.push({ text: mended.map((m) => m.text).join(' '), distance: total, mended: true });
  }
  const seen = new Set<string>();
  return scored
    .sort((a, b) => a.distance - b.distance || Number(a.mended ?? false) - Number(b.mended ?? false) || a.text.localeCompare(b.text))
    .filter(({ text }) => (seen.has(norm(text)) ? false : (seen.add(norm(text)), true)))
    .slice(0, max)
    .map(({ text }) => text);
}
