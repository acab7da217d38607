/**
 * Text cut to at most `max` characters, for a link preview: whole when it fits; else at the last sentence end that
 * keeps at least half of it; else on the last word boundary, with an ellipsis.
 */
export function trimText(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const sentenceEnd = Math.max(...[...head.matchAll(/[.!?][’”"')]?(?=\s)/g)].map((m) => m.index + m[0].length), -1);
  if (sentenceEnd >= max / 2) return head.slice(0, sentenceEnd);
  const cut = head.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const words = (space > 0 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '');
  return `${words}…`;
}
