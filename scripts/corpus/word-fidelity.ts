/**
 * Whether the PDF holds the seed's words: every word of the seed (lower-cased runs of letters and digits, the seed's
 * own "Page N of M" footers and its markdown left out) looked for in pdftotext's text (our footers left out).
 */
import { dropSeedFooter, isFooterLine } from './seed-footers.ts';

/** How many of the seed's words the PDF's text holds, counted two ways. */
export interface WordFidelity {
  seedWords: number;
  pdfWords: number;
  /** Seed words found in the PDF's text, each occurrence matched at most once, in any order. */
  found: number;
  /** Seed words found in the same order (the longest common subsequence of the two word lists). */
  inOrder: number;
}

/** Lower-cased runs of letters and digits, after NFKC (so a ligature or ¹ reads as its letters or digit). */
export function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The seed's words: its printed footers dropped, a markdown link read as its text, the tags <sup> and <u> removed. */
export function seedWords(seed: string): string[] {
  const text = seed
    .split('\n')
    .map(dropSeedFooter)
    .join('\n')
    .replace(/\[([^\]\n]+)\]\(([^)\s]+)\)/g, '$1')
    .replace(/<\/?(?:sup|u)>/g, '');
  return words(text);
}

/** The words of pdftotext's text, the paper's own "Page N of M" footer lines left out. */
export function pdfWords(pdftotext: string): string[] {
  return words(
    pdftotext
      .split(/[\n\f]/)
      .filter((line) => !isFooterLine(line))
      .join('\n'),
  );
}

/** How many words of `a` are in `b` counting repeats, in any order. */
export function foundAnyOrder(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const w of b) counts.set(w, (counts.get(w) ?? 0) + 1);
  let found = 0;
  for (const w of a) {
    const left = counts.get(w) ?? 0;
    if (left > 0) {
      found += 1;
      counts.set(w, left - 1);
    }
  }
  return found;
}

/** The length of the longest common subsequence of `a` and `b` (Myers' O((N+M)D) difference, insertions and deletions only). */
export function foundInOrder(a: string[], b: string[]): number {
  const ids = new Map<string, number>();
  const id = (w: string): number => {
    let n = ids.get(w);
    if (n === undefined) ids.set(w, (n = ids.size));
    return n;
  };
  const x = Int32Array.from(a, id);
  const y = Int32Array.from(b, id);
  const n = x.length;
  const m = y.length;
  const max = n + m;
  const v = new Int32Array(2 * max + 2);
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[max + k - 1] ?? 0) < (v[max + k + 1] ?? 0));
      let i = down ? (v[max + k + 1] ?? 0) : (v[max + k - 1] ?? 0) + 1;
      let j = i - k;
      while (i < n && j < m && x[i] === y[j]) {
        i++;
        j++;
      }
      v[max + k] = i;
      if (i >= n && j >= m) return (n + m - d) / 2;
    }
  }
  return 0;
}

/** The seed's words against pdftotext's: how many it has, and how many of them the PDF holds. */
export function wordFidelity(seed: string, pdftotext: string): WordFidelity {
  const a = seedWords(seed);
  const b = pdfWords(pdftotext);
  return { seedWords: a.length, pdfWords: b.length, found: foundAnyOrder(a, b), inOrder: foundInOrder(a, b) };
}
