/** A header line's words without the markup the PDF export wraps them in: `**bold**`, `*italic*`, `#` marks, `<sup>`/`<u>` tags; spaces collapsed. */
export function cleanHeaderText(text: string): string {
  return text
    .replace(/<\/?[a-z]+>/gi, '')
    .replace(/\*+/g, ' ')
    .replace(/^\s*#+\s/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
