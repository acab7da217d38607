/**
 * Page footers: the ones a seed text carries from the council's own PDF ("Page 43 of 102"), which the corpus drops
 * because its PDF prints its own, and the ones our PDF prints, which the word check leaves out of pdftotext's text.
 */

/** A printed footer at the end of a line or of a table cell (before a tab): "… social Page 24 of 102". */
const FOOTER_AT_END = /(^|[ \t])Page \d+ of \d+ *(?=\t|$)/g;

/** A line that is nothing but a footer, as pdftotext gives ours. */
const FOOTER_LINE = /^\s*Page \d+ of \d+\s*$/;

/** The line without the council's printed page footer, if it has one at its end or at the end of a cell. */
export function dropSeedFooter(line: string): string {
  return line.replace(FOOTER_AT_END, (_footer, before: string) => (before === '\t' ? '\t' : ''));
}

/** True when the line is only a page footer ("Page 3 of 12"). */
export function isFooterLine(line: string): boolean {
  return FOOTER_LINE.test(line);
}
