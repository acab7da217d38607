const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** The text of an HTML fragment: tags dropped, common entities decoded, spaces collapsed. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#?\w+);/g, (whole, name: string) => ENTITIES[name] ?? (name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : whole))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A name for a table's scroll area, from its rendered HTML: "Table: Area, Lead, Budget" from its first three column
 * headings (shortened), or "Table" when it has none.
 */
export function tableLabel(html: string, maxHeadings = 3): string {
  const headings = [...html.matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/g)]
    .map((m) => textOf(m[1] ?? ''))
    .filter(Boolean)
    .slice(0, maxHeadings)
    .map((h) => (h.length > 40 ? `${h.slice(0, 39)}…` : h));
  return headings.length > 0 ? `Table: ${headings.join(', ')}` : 'Table';
}
