import type { AgendaItemData } from '../model/meeting.ts';

/** An agenda item as a meeting page lists it: with the paper the record holds for it, if any. */
export interface AgendaLine<D> {
  item: AgendaItemData;
  /** The paper tabled under this item number, when the record holds it. */
  paper: D | null;
}

/** Pair each item of a meeting's agenda with the paper tabled under its number (a report, or the minutes confirmed). */
export function agendaLines<D extends { data: { agendaItem: string | null } }>(items: readonly AgendaItemData[], tabled: readonly D[]): AgendaLine<D>[] {
  return items.map((item) => ({ item, paper: tabled.find((d) => d.data.agendaItem === item.n) ?? null }));
}

/** "pages 7 to 18", "page 99": where an item's papers lie in the agenda pack. */
export function packPages(pages: AgendaItemData['pages']): string | null {
  if (pages === null) return null;
  return pages[0] === pages[1] ? `page ${pages[0]}` : `pages ${pages[0]} to ${pages[1]}`;
}
