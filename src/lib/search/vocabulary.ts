/**
 * The words "Did you mean …?" knows (src/lib/search/did-you-mean.ts), written at build time to /pagefind-vocab.json:
 * glossary terms and what they stand for, committee and area names, the longer words of document titles (places,
 * programmes), and the words of the papers themselves, so that a query word the papers never use can be told from
 * one they do. Pure: names and texts in, a sorted list out.
 */

export interface VocabularySources {
  glossary: readonly { term: string; expansion: string }[];
  committees: readonly string[];
  areas: readonly string[];
  titles: readonly string[];
  /** The text of every document and decision (markup is fine: only its words are taken). */
  texts: readonly string[];
}

/** Title words shorter than this are left out: too many near neighbours, and Pagefind's prefixes find them anyway. */
const MIN_TITLE_WORD = 5;
/** At most this many title words (the most frequent), so the file stays a few kB however large the archive grows. */
export const MAX_TITLE_WORDS = 1500;

/**
 * Text words shorter than this are left out: "Did you mean" leaves words under four letters alone
 * (allowedDistance in did-you-mean.ts).
 */
const MIN_TEXT_WORD = 4;
/**
 * At most this many text words (the most frequent): about 12 kB gzipped for this archive, and bounded however large
 * it grows. The file is fetched only after a search's results are drawn.
 */
export const MAX_TEXT_WORDS = 10_000;

/**
 * A word of the papers: Latin letters (with accents), inner apostrophes and hyphens. Not \p{L} with the u flag:
 * over the 43 MB of a 2,000-report archive that regex took 2 s of the build, this one takes under 1 s. The papers
 * are in English; a word in another script is simply not offered.
 */
const WORD = /[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ'’-]*[A-Za-zÀ-ÖØ-öø-ɏ]/g;

/** The `max` most frequent words of at least `minLength` letters in `texts`, lower-cased. */
function frequentWords(texts: readonly string[], minLength: number, max: number): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const [word] of text.matchAll(WORD)) {
      if (word.length < minLength) continue;
      const key = word.toLowerCase();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, max).map(([w]) => w);
}

export function buildVocabulary(sources: VocabularySources): string[] {
  const titleWords = frequentWords(sources.titles, MIN_TITLE_WORD, MAX_TITLE_WORDS);
  const textWords = frequentWords(sources.texts, MIN_TEXT_WORD, MAX_TEXT_WORDS);
  const names = [...sources.glossary.flatMap((g) => [g.term, g.expansion]), ...sources.committees, ...sources.areas, ...titleWords, ...textWords];
  // Once each, whatever the case: the first spelling wins, so a name ("Bassetlaw") keeps its capital over the text's word.
  const byKey = new Map<string, string>();
  for (const name of names.map((n) => n.replace(/\s+/g, ' ').trim()).filter((n) => n.length > 0)) {
    const key = name.toLocaleLowerCase('en-GB');
    if (!byKey.has(key)) byKey.set(key, name);
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, 'en-GB'));
}
