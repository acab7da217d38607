import { expect, test } from 'vitest';
import type { Area } from '../model/document.ts';
import { threadNeighbours } from './thread-neighbours.ts';

const e = (id: string, date: string, areas: Area[]) => ({ id, date, areas });
const entries = [
  e('c', '2016-04-20', ['mid-nottinghamshire']),
  e('a', '2015', ['mid-nottinghamshire', 'bassetlaw']),
  e('b', '2015-11-02', ['bassetlaw']),
  e('d', '2017-08', ['mid-nottinghamshire', 'bassetlaw']),
];

test('gives the previous and next entry in each of the entry’s area threads, by date', () => {
  const result = threadNeighbours(entries, entries[3]!);
  expect(result.map((n) => [n.area, n.previous?.id ?? null, n.next?.id ?? null])).toEqual([
    ['mid-nottinghamshire', 'c', null],
    ['bassetlaw', 'b', null],
  ]);
});

test('a year-only date sorts before the months and days of that year', () => {
  const [bassetlaw] = threadNeighbours(entries, entries[2]!);
  expect(bassetlaw?.previous?.id).toBe('a');
  expect(bassetlaw?.next?.id).toBe('d');
});

test('the first entry of a thread has no previous one', () => {
  expect(threadNeighbours(entries, entries[1]!).map((n) => n.previous)).toEqual([null, null]);
});
