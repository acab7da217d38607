/**
 * The floor's copy of a report: the same text as plain Markdown, one paragraph per block of lines, with a title
 * in the front matter. No components, no anchors, no structure beyond paragraphs.
 */

/** A report text as a plain Markdown file (front matter `title`, then its blocks as paragraphs). */
export function toPlainMarkdown(text: string, fallbackTitle: string): string {
  const blocks = text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block !== '');
  const title = blocks.find((b, i) => i > 0 && /^[A-Z0-9][A-Z0-9 ,’'&–-]{10,}$/.test(b) && !b.startsWith('REPORT OF')) ?? fallbackTitle;
  const body = blocks.map((block) => block.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/^([#>|=+*-]|\d+[.)])/, '\\$1'));
  return `---\ntitle: ${JSON.stringify(title)}\n---\n\n${body.join('\n\n')}\n`;
}
