/**
 * The meetings of a synthetic archive: which committee sat on which date, and the agenda item of each report.
 * Report i's place depends only on the reports before it, so the first 200 of a 2,000-report plan are the 200-report plan.
 */
import { createRng } from './prng.ts';

/** Where one synthetic report was tabled. */
export interface ReportSlot {
  /** 0-based position in the archive. */
  index: number;
  committee: string;
  /** YYYY-MM-DD */
  date: string;
  agendaItem: number;
}

const DAY = 24 * 60 * 60 * 1000;

/** Plan `count` reports over meetings of the given committees, from `start` on, weekdays only. */
export function planArchive(count: number, committees: readonly string[], start = '2010-01-04', seed = 2016): ReportSlot[] {
  if (committees.length === 0) throw new Error('no committees to plan meetings for');
  const rng = createRng(seed);
  const slots: ReportSlot[] = [];
  let time = Date.parse(`${start}T00:00:00Z`);
  while (slots.length < count) {
    time += rng.int(2, 9) * DAY;
    const weekday = new Date(time).getUTCDay();
    if (weekday === 0) time += DAY;
    if (weekday === 6) time += 2 * DAY;
    const date = new Date(time).toISOString().slice(0, 10);
    const committee = rng.pick(committees);
    const first = rng.int(3, 5);
    const items = rng.int(2, 7);
    for (let item = first; item < first + items && slots.length < count; item++) slots.push({ index: slots.length, committee, date, agendaItem: item });
  }
  return slots;
}
