import type { Area } from '../model/document.ts';
import type { Decision } from '../model/decision.ts';
import type { DocumentEntry, RecordIndex } from './record-index.ts';

/** One line of an area's thread: a decision or milestone, or a paper. */
export type ThreadItem = { date: string; key: string; decision: Decision; doc?: undefined } | { date: string; key: string; doc: DocumentEntry; decision?: undefined };

/**
 * An area's thread (/areas/<area>/): its decisions and milestones, and the papers that concern it (not agendas or
 * appendices, which their report stands for), in date order; on the same date, papers before what they decided.
 */
export function areaThread(record: Pick<RecordIndex, 'decisions' | 'documents'>, area: Area): ThreadItem[] {
  let threads = threadsOf.get(record);
  if (!threads) threadsOf.set(record, (threads = new Map()));
  let thread = threads.get(area);
  if (!thread) threads.set(area, (thread = buildThread(record, area)));
  return thread;
}

/** Each record's threads, worked out once: an area's page and each of its year pages ask for the same one. */
const threadsOf = new WeakMap<object, Map<Area, ThreadItem[]>>();

function buildThread(record: Pick<RecordIndex, 'decisions' | 'documents'>, area: Area): ThreadItem[] {
  return [
    ...record.decisions.filter((d) => d.areas.includes(area)).map((decision) => ({ date: decision.date, key: `1-${decision.id}`, decision })),
    ...[...record.documents.values()]
      .filter((doc) => doc.data.areas.includes(area) && doc.data.kind !== 'agenda' && doc.data.kind !== 'appendix')
      .map((doc) => ({ date: doc.data.date, key: `0-${doc.id}`, doc })),
  ].sort((a, b) => (a.date === b.date ? (a.key < b.key ? -1 : 1) : a.date < b.date ? -1 : 1));
}
