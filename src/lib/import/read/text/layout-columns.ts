import type { SourceLine } from '../../types.ts';

/** A gap of three spaces or more between words: a column edge in `pdftotext -layout` text. */
const GAP = /(?<=\S) {3,}(?=\S)/g;
const HAS_GAP = /\S {3,}\S/;
/** A paragraph number, point or bullet with the layout's spaces after it: "8.     The Committee …". */
const MARKER = /^(\s*)(\d{1,3}(?:\.\d{1,3})*\.?|\(?[a-z]\)|\d{1,2}\)|\([ivx]{1,4}\)|[•·▪◦\uF0B7-])\s{2,}(?=\S)/u;

/** Whether a text keeps its page's columns with runs of spaces (`pdftotext -layout`): many lines indented or gapped. */
export function isLayoutText(lines: readonly SourceLine[]): boolean {
  const filled = lines.filter((l) => l.text.trim() !== '');
  const gapped = filled.filter((l) => HAS_GAP.test(l.text.replace(MARKER, '$1$2 '))).length;
  const indented = filled.filter((l) => /^ {3,}\S/.test(l.text)).length;
  return filled.length >= 20 && (gapped / filled.length >= 0.05 || indented / filled.length >= 0.2);
}

/**
 * Text laid out in columns with spaces (`pdftotext -layout`) in the layout the later stages read: a line with
 * column gaps, beside another such line, is a table row with its cells apart by tabs; elsewhere the indent goes and
 * runs of spaces close up to one. Other text comes back as it is.
 */
export function layoutColumnsToCells(lines: readonly SourceLine[]): SourceLine[] {
  if (!isLayoutText(lines)) return [...lines];
  const tidy = lines.map((l) => l.text.replace(MARKER, '$1$2 ').trimEnd());
  const gapped = tidy.map((t) => HAS_GAP.test(t));
  return lines.map((line, i) => {
    const text = tidy[i] ?? '';
    const row = gapped[i] && (gapped[i - 1] || gapped[i + 1]);
    return { ...line, text: row ? text.trim().replace(GAP, '\t') : text.trim().replace(/ {2,}/g, ' ') };
  });
}
