import { decodeEntities } from '../share/plain-text.ts';

/** The text of an HTML fragment: tags dropped, character references decoded, spaces collapsed. */
function textOf(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/** A name for a table's scroll area from its column headings: "Table: Area, Lead, Budget" (the first three, shortened), or "Table". */
export function tableLabelOf(headings: readonly string[], maxHeadings = 3): string {
  const shown = headings
    .filter(Boolean)
    .slice(0, maxHeadings)
    .map((h) => (h.length > 40 ? `${h.slice(0, 39)}…` : h));
  return shown.length > 0 ? `Table: ${shown.join(', ')}` : 'Table';
}

/** tableLabelOf the column headings in a table's rendered HTML. */
export function tableLabel(html: string, maxHeadings = 3): string {
  return tableLabelOf([...html.matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/g)].map((m) => textOf(m[1] ?? '')), maxHeadings);
}
