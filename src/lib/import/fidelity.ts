/**
 * The fidelity check's pure part: are the words of a source on the page made from it, in order?
 * Words are compared letters and digits only, lower case, so punctuation, markup and layout do not count;
 * extra words on the page (labels, glossary expansions) are allowed.
 */

/** Cyrillic letters the PDFs' OCR put in place of Latin look-alikes. */
const LOOK_ALIKES: Record<string, string> = { а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', І: 'I' };

/** A running page footer, "Page 43 of 102", which the import drops. */
export const PAGE_FOOTER = /\bPage \d+ of \d+\b/g;

/** A footnote's text in a source: a line starting with a superscript number. */
export const FOOTNOTE_LINE = /^\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s/;

/** The comparable words of a text: markup of the PDF export removed, letters and digits only, lower case. */
export function comparableWords(text: string): string[] {
  const plain = text
    .replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, (marks) => ` ${marks.normalize('NFKC')} `)
    .normalize('NFKC')
    .replace(/[\u0400-\u04ff]/g, (c) => LOOK_ALIKES[c] ?? c)
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<\/?[a-z]+>/gi, '')
    .replace(/(\d)(?:st|nd|rd|th)\b/gi, '$1')
    .toLowerCase();
  return plain.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A footnote line's words, without its leading mark (a page numbers its footnotes as a list). */
export function footnoteWords(text: string): string[] {
  return comparableWords(text.replace(FOOTNOTE_LINE, ' '));
}

/**
 * Lines in runs (between blank lines) that hold a tab-separated table. A table's rows may continue over several
 * lines, and a page joins each cell's pieces, so words in a table are checked to be on the page but not in line order.
 */
export function tableLines<L extends { text: string }>(lines: readonly L[]): Set<L> {
  const inTables = new Set<L>();
  let run: L[] = [];
  const flush = () => {
    if (run.some((l) => l.text.includes('\t'))) for (const l of run) inTables.add(l);
    run = [];
  };
  for (const line of lines) {
    if (line.text.trim() === '') flush();
    else run.push(line);
  }
  flush();
  return inTables;
}

export interface SourceWord {
  word: string;
  line: number;
}

/** The first source word that is not on the page after the words before it, or null when all are there in order. */
export function firstMissingInOrder(source: readonly SourceWord[], page: readonly string[]): SourceWord | null {
  let at = 0;
  for (const word of source) {
    while (at < page.length && page[at] !== word.word) at++;
    if (at === page.length) return word;
    at++;
  }
  return null;
}
