/** A block's lines as one run of text: a line ending in a hyphenated word part joins the next without a space. */
export function joinLines(lines: readonly { text: string }[]): string {
  let text = '';
  for (const { text: raw } of lines) {
    const line = raw.trim();
    if (line === '') continue;
    text = text === '' ? line : /\p{L}-$/u.test(text) ? `${text}${line}` : `${text} ${line}`;
  }
  return text;
}
