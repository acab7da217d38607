/**
 * The plain-text forms of a seed the importer must read as well as the PDF: pdftotext's pages each run onto one line
 * (as PDF-to-text web tools give them), and the seed's own text with its blank lines removed or its line ends as CRLF.
 */

/** pdftotext's output with each page (pages end with a form feed) on one line: its lines trimmed and joined by single spaces, empty lines and pages left out. */
export function pagePerLine(pdftotext: string): string {
  const pages = pdftotext
    .split('\f')
    .map((page) =>
      page
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .join(' '),
    )
    .filter((page) => page !== '');
  return `${pages.join('\n')}\n`;
}

/** The text with every blank or whitespace-only line removed, every other byte kept (a final newline too). */
export function withoutBlankLines(text: string): string {
  const endsWithNewline = text.endsWith('\n');
  const lines = (endsWithNewline ? text.slice(0, -1) : text).split('\n');
  const kept = lines.filter((line) => line.trim() !== '');
  return kept.join('\n') + (endsWithNewline && kept.length > 0 ? '\n' : '');
}

/** The text with every line ending (LF, or an existing CRLF) written as CRLF. */
export function withCrlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}
