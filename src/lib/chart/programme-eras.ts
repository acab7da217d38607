/**
 * The programme eras the timeline chart shades: each begins at an entry of the record (a milestone, or the decision
 * that began it) and lasts until the next begins. The dates come from the record, never from here: an era whose
 * entry the record does not hold is not drawn.
 */
import type { Decision } from '../model/decision.ts';
import { quarterOf, type Quarter, type QuarterSpan } from './quarters.ts';

export interface ProgrammeEra {
  /** The era's name as the chart prints it. */
  name: string;
  /** The id of the record entry that began it. */
  beganWith: string;
}

/** Nottinghamshire's programmes of integration, in the order they began. */
export const PROGRAMME_ERAS: readonly ProgrammeEra[] = [
  // The council joins the Mid-Nottinghamshire partners' Memorandum of Understanding (recorded, 2 November 2015).
  { name: 'Better Together Alliance', beganWith: '2015-11-02-asch-committee-agreed-council-party-memorandum' },
  // Mid and South Nottinghamshire partners' workshop to start the Nottinghamshire STP (milestone, 18 March 2016).
  { name: 'Sustainability and transformation plan', beganWith: '2016-03-18-workshop-held' },
  // The Memorandum of Understanding for a shadow accountable care system (recorded, August 2017).
  { name: 'Accountable care system', beganWith: '2017-08-local-system-agreed-memorandum-understanding-mou' },
  // Every part of England to work as an integrated care system (milestone, April 2021).
  { name: 'Integrated care system', beganWith: '2021-04-every-system-ready-to-operate-as-an-ics' },
];

export interface EraBand {
  name: string;
  /** The entry that began it. */
  entry: Pick<Decision, 'id' | 'date' | 'datePrecision'>;
  /** First quarter shaded, and the quarter after the last (the next era's first, or the axis's end + 1). */
  from: Quarter;
  to: Quarter;
}

/** The eras the record holds the beginning of, as bands over the axis, oldest first. */
export function eraBands(
  record: readonly Pick<Decision, 'id' | 'date' | 'datePrecision'>[],
  span: QuarterSpan,
  eras: readonly ProgrammeEra[] = PROGRAMME_ERAS,
): EraBand[] {
  const wanted = new Set(eras.map((era) => era.beganWith));
  const byId = new Map(record.filter((e) => wanted.has(e.id)).map((e) => [e.id, e]));
  const begun = eras
    .flatMap((era) => {
      const entry = byId.get(era.beganWith);
      return entry ? [{ name: era.name, entry, from: Math.max(span.first, quarterOf(entry.date)) }] : [];
    })
    .sort((a, b) => a.from - b.from);
  return begun.map((era, i) => ({ ...era, to: begun[i + 1]?.from ?? span.last + 1 })).filter((era) => era.to > era.from);
}
