import type { Decision } from '../model/decision.ts';

/**
 * Order entries by date, then id. A date given only to the year or month sorts before the days
 * within it ("2016" < "2016-04" < "2016-04-20"), which reads as "during 2016, …" on a timeline.
 */
export function compareEntries(a: Pick<Decision, 'date' | 'id'>, b: Pick<Decision, 'date' | 'id'>): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A sorted copy, oldest first. */
export function sortEntries<T extends Pick<Decision, 'date' | 'id'>>(entries: readonly T[]): T[] {
  return [...entries].sort(compareEntries);
}
