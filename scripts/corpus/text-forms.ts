/**
 * The plain-text forms of a seed the importer must read as well as the PDF: its pages each run onto one line (as
 * PDF-to-text web tools give them), and the seed's own text with its blank lines removed or its line ends as CRLF.
 */

/** Pages' texts one a line, each trimmed with its spaces collapsed, empty pages left out. */
export function pagePerLine(pages: readonly string[]): string {
  const kept = pages.map((page) => page.replace(/\s+/g, ' ').trim()).filter((page) => page !== '');
  return `${kept.join('\n')}\n`;
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
