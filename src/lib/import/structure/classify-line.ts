/** What one cleaned line of a body is, read on its own (context decides the rest: headings, continuations). */
export type LineKind =
  | { type: 'blank' }
  | { type: 'md-heading'; depth: number; text: string }
  | { type: 'row'; cells: string[] }
  /** A paragraph number as the council prints it: "12.", "1.13", "2.35." */
  | { type: 'numbered'; n: string; text: string; bullet: boolean; indented: boolean }
  /** A lettered or bracketed point: "a)", "b.", "iv.", "(1)", "A)", "1)"; the marker kept as printed. */
  | { type: 'point'; marker: string; text: string; bullet: boolean; indented: boolean }
  | { type: 'bullet'; text: string; indented: boolean }
  | { type: 'resolved'; ref: string; text: string }
  | { type: 'footnote'; label: string; text: string }
  | { type: 'text'; text: string };

/** Bullet glyphs: the PDF's private-use bullet (U+F0B7), •, ·, and a markdown dash; a dash needs a space after it. */
const BULLET = /^(\s*)(?:[\uF0B7•·▪◦]\s*|[-–](?=\s))\s*(?:[·•]\s*)?/u;
const NUMBERED = /^(\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}\.)\s+(?=\S)/;
const POINT = /^(\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)|(?:[a-z]|[ivx]{2,4})[.)]|[A-Z]\)|\d{1,2}\))\s+(?=\S)/;
const RESOLVED = /^RESOLVED:?\s+(\d{4}\/\d{2,4})\b\s*(.*)$/;
const SUPERSCRIPT_DIGITS: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };
const FOOTNOTE = /^\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s+(\S.*)$/u;
const MD_HEADING = /^\s*(#{1,6})\s+(.*?)\s*#*\s*$/;

/** Superscript digits as plain ones: "¹²" → "12". */
export function superscriptToDigits(text: string): string {
  return [...text].map((c) => SUPERSCRIPT_DIGITS[c] ?? c).join('');
}

/** Read one line on its own. Tabs make a table row; a leading bullet, number or letter makes a point. */
export function classifyLine(raw: string): LineKind {
  // Trailing spaces go; a trailing tab stays, as it closes an empty last cell.
  const text = raw.replace(/[ \u00a0\r]+$/u, '');
  if (text.trim() === '') return { type: 'blank' };
  if (text.includes('\t')) return { type: 'row', cells: text.split('\t').map((c) => c.trim()) };
  const heading = MD_HEADING.exec(text);
  if (heading) return { type: 'md-heading', depth: heading[1]?.length ?? 2, text: heading[2] ?? '' };
  const footnote = FOOTNOTE.exec(text);
  if (footnote) return { type: 'footnote', label: superscriptToDigits(footnote[1] ?? ''), text: footnote[2] ?? '' };
  const resolved = RESOLVED.exec(text.trim());
  if (resolved) return { type: 'resolved', ref: resolved[1] ?? '', text: resolved[2] ?? '' };

  const bullet = BULLET.exec(text);
  const indented = bullet ? (bullet[1] ?? '').length > 0 : false;
  const rest = bullet ? text.slice(bullet[0].length) : text.trimStart();
  const numbered = NUMBERED.exec(rest);
  if (numbered) return { type: 'numbered', n: (numbered[1] ?? '').replace(/\.$/, ''), text: rest.slice(numbered[0].length), bullet: bullet !== null, indented };
  const point = POINT.exec(rest);
  if (point) return { type: 'point', marker: point[1] ?? '', text: rest.slice(point[0].length), bullet: bullet !== null, indented };
  if (bullet) return { type: 'bullet', text: rest, indented };
  return { type: 'text', text: rest };
}
