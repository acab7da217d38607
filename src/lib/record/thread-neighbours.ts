import type { Area } from '../model/document.ts';
import type { Decision } from '../model/decision.ts';
import { sortEntries } from './order.ts';

export interface ThreadNeighbours<T> {
  area: Area;
  previous: T | null;
  next: T | null;
}

/** For each area of `entry`, the entries just before and after it in that area's thread (date order). */
export function threadNeighbours<T extends Pick<Decision, 'id' | 'date' | 'areas'>>(
  entries: readonly T[],
  entry: T,
): ThreadNeighbours<T>[] {
  return entry.areas.map((area) => {
    const thread = sortEntries(entries.filter((e) => e.areas.includes(area)));
    const at = thread.findIndex((e) => e.id === entry.id);
    return { area, previous: thread[at - 1] ?? null, next: thread[at + 1] ?? null };
  });
}
