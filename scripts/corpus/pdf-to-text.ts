/** pdftotext (poppler-utils) run on a PDF: its text as UTF-8, in reading order or, with `layout`, as laid out on the page. */
import { execFileSync } from 'node:child_process';

/** The PDF's text by `pdftotext [-layout] -enc UTF-8 FILE -`; pages end with a form feed. */
export function pdfToText(pdfPath: string, layout = false): string {
  const args = [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', pdfPath, '-'];
  return execFileSync('pdftotext', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** How many pages pdftotext's text has: one form feed ends each. */
export function pageCount(pdftotext: string): number {
  return pdftotext.split('\f').length - 1;
}
