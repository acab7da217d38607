/** Markup that must never reach the open data, each with the words that name it. */
const MARKUP: [RegExp, string][] = [
  [/\*\*\S|\S\*\*/, 'Markdown bold (**)'],
  [/(?:^|\s)__\S|\S__(?:\s|$)/, 'Markdown bold (__)'],
  [/(?:^|[\s(])\*(?!\s)[^*\n]+\*(?=[\s.,;:)]|$)/, 'Markdown emphasis (*…*)'],
  [/`/, 'a Markdown code span (`)'],
  [/\[[^\]\n]+\]\([^)\s]+\)/, 'a Markdown link ([…](…))'],
  [/^#{1,6}\s/m, 'a Markdown heading (#)'],
  [/^\s*\|.*\|\s*$/m, 'a Markdown table row (| … |)'],
  [/\\[\\`*_{}[\]()#+\-.!<>@|]/, 'a Markdown escape (\\)'],
  [/<\/?[A-Za-z][\w-]*(?:\s[^<>]*)?\/?>/, 'an HTML or MDX tag'],
  [/&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i, 'an HTML entity'],
];

/** What markup a piece of open-data text carries ("Markdown bold (**)"), or null when it is plain text. */
export function markupIn(text: string): string | null {
  for (const [pattern, name] of MARKUP) if (pattern.test(text)) return name;
  return null;
}
