/**
 * The words "Did you mean …?" may offer (src/lib/search/did-you-mean.ts), written at build time to
 * /pagefind-vocab.json: glossary terms and what they stand for, committee and area names, and the longer words of
 * document titles (places, programmes). Pure: names in, a sorted list out.
 */

export interface VocabularySources {
  glossary: readonly { term: string; expansion: string }[];
  committees: readonly string[];
  areas: readonly string[];
  titles: readonly string[];
}

/** Title words shorter than this are left out: too many near neighbours, and Pagefind's prefixes find them anyway. */
const MIN_TITLE_WORD = 5;
/** At most this many title words (the most frequent), so the file stays a few kB however large the archive grows. */
export const MAX_TITLE_WORDS = 1500;

export function buildVocabulary(sources: VocabularySources): string[] {
  const counts = new Map<string, number>();
  for (const title of sources.titles) {
    for (const word of title.toLocaleLowerCase('en-GB').match(/\p{L}[\p{L}'’-]*\p{L}/gu) ?? []) {
      if (word.length >= MIN_TITLE_WORD) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const titleWords = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MAX_TITLE_WORDS).map(([w]) => w);
  const names = [...sources.glossary.flatMap((g) => [g.term, g.expansion]), ...sources.committees, ...sources.areas, ...titleWords];
  return [...new Set(names.map((n) => n.replace(/\s+/g, ' ').trim()).filter((n) => n.length > 0))].sort((a, b) => a.localeCompare(b, 'en-GB'));
}
