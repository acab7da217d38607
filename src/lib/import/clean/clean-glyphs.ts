/** Quotes the PDF export decoded as the wrong glyphs: „ for an opening ‘ and ‟ for a closing ’ (the apostrophe). */
const QUOTES: Record<string, string> = { '\u201E': '\u2018', '\u201F': '\u2019' };

/** Cyrillic letters that look exactly like Latin ones, as OCR mixes them into English words. */
const LOOK_ALIKES: Record<string, string> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', І: 'I', Ј: 'J', Ѕ: 'S',
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w',
};

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const WORD = /[\p{L}\p{M}]+/gu;

/**
 * A word's Cyrillic look-alikes mended to Latin, only where that is certain: the word mixes Latin and Cyrillic
 * letters, or it is made only of look-alikes in a line written in Latin letters with no other Cyrillic word.
 */
function mendWord(word: string, latinLine: boolean): string {
  if (!CYRILLIC.test(word)) return word;
  const letters = [...word];
  const mixed = letters.some((c) => LATIN.test(c));
  const allLookAlike = letters.every((c) => LATIN.test(c) || c in LOOK_ALIKES);
  if (!allLookAlike || (!mixed && !latinLine)) return word;
  return letters.map((c) => LOOK_ALIKES[c] ?? c).join('');
}

/** Mend the PDF's mis-decoded quotes and the OCR's stray Cyrillic look-alike letters in one line of text. */
export function mendGlyphs(text: string): string {
  let mended = text.replace(/[\u201E\u201F]/g, (c) => QUOTES[c] ?? c);
  if (CYRILLIC.test(mended)) {
    const words = mended.match(WORD) ?? [];
    const cyrillicWords = words.filter((w) => CYRILLIC.test(w));
    const onlyLookAlikes = cyrillicWords.every((w) => [...w].every((c) => LATIN.test(c) || c in LOOK_ALIKES));
    const latinLine = onlyLookAlikes && words.some((w) => LATIN.test(w) && !CYRILLIC.test(w));
    mended = mended.replace(WORD, (word) => mendWord(word, latinLine));
  }
  return mended;
}
