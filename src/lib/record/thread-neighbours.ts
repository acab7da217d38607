import type { Area } from '../model/document.ts';
import type { Decision } from '../model/decision.ts';
import { sortEntries } from './order.ts';

export interface ThreadNeighbours<T> {
  area: Area;
  previous: T | null;
  next: T | null;
}

type Threads = Map<Area, { thread: readonly unknown[]; at: Map<string, number> }>;
/** Each list's threads, sorted once: every decision page asks for its neighbours in the same list. */
const threadsOf = new WeakMap<readonly unknown[], Threads>();

function threadFor<T extends Pick<Decision, 'id' | 'date' | 'areas'>>(entries: readonly T[], area: Area): { thread: readonly T[]; at: Map<string, number> } {
  let threads = threadsOf.get(entries);
  if (!threads) threadsOf.set(entries, (threads = new Map()));
  let found = threads.get(area);
  if (!found) {
    const thread = sortEntries(entries.filter((e) => e.areas.includes(area)));
    found = { thread, at: new Map(thread.map((e, i) => [e.id, i])) };
    threads.set(area, found);
  }
  return found as { thread: readonly T[]; at: Map<string, number> };
}

/** For each area of `entry`, the entries just before and after it in that area's thread (date order). */
export function threadNeighbours<T extends Pick<Decision, 'id' | 'date' | 'areas'>>(
  entries: readonly T[],
  entry: T,
): ThreadNeighbours<T>[] {
  return entry.areas.map((area) => {
    const { thread, at: index } = threadFor(entries, area);
    const at = index.get(entry.id) ?? -1;
    return { area, previous: thread[at - 1] ?? null, next: thread[at + 1] ?? null };
  });
}
