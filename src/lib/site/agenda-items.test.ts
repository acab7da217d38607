import { expect, test } from 'vitest';
import { agendaLines, packPages } from './agenda-items.ts';

const paper = (agendaItem: string | null) => ({ id: `item-${agendaItem}`, data: { agendaItem } });

test('each agenda item is paired with the paper tabled under its number, or none', () => {
  const items = [
    { n: '1', title: 'Minutes of the last meeting', pages: [1, 6] as [number, number] },
    { n: '2', title: 'Apologies for Absence', pages: null },
    { n: '4', title: 'Digital Strategy', pages: [7, 18] as [number, number] },
  ];
  expect(agendaLines(items, [paper(null), paper('1'), paper('4')]).map((l) => l.paper?.id ?? null)).toEqual(['item-1', null, 'item-4']);
});

test('pages of the pack read as a reader says them', () => {
  expect(packPages([7, 18])).toBe('pages 7 to 18');
  expect(packPages([99, 99])).toBe('page 99');
  expect(packPages(null)).toBeNull();
});
