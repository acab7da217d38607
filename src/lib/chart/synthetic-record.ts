/**
 * A synthetic record of decisions at archive size, for the chart's scale test and its cost measurement
 * (scripts/bench-chart.ts): `count` entries over 2013–2022, areas, kinds and dates drawn from a seeded generator.
 */
import type { Decision } from '../model/decision.ts';
import type { Area } from '../model/document.ts';
import { createRng } from '../../../scripts/bench/prng.ts';

const AREA_IDS: readonly Area[] = ['mid-nottinghamshire', 'south-nottinghamshire', 'bassetlaw', 'county-wide', 'national'];
const EVIDENCE = ['resolved', 'recommended', 'recorded', 'milestone'] as const;
const BODIES = ['Adult Social Care and Public Health Committee', 'Policy Committee', 'Health and Wellbeing Board', null] as const;

/** `count` entries, oldest first, the same for the same seed. */
export function syntheticRecord(count: number, seed = 17): Decision[] {
  const rng = createRng(seed);
  const entries: Decision[] = [];
  for (let i = 0; i < count; i++) {
    const year = rng.int(2013, 2022);
    const month = String(rng.int(1, 12)).padStart(2, '0');
    const day = String(rng.int(1, 28)).padStart(2, '0');
    const date = `${year}-${month}-${day}`;
    const evidence = rng.pick(EVIDENCE);
    const areas = rng.shuffle(AREA_IDS).slice(0, rng.chance(0.7) ? 1 : rng.int(2, 4));
    entries.push({
      id: `${date}-synthetic-${i}`,
      kind: evidence === 'milestone' ? 'milestone' : 'decision',
      evidence,
      title: `Synthetic entry ${i} on joining up health and social care`,
      text: 'Synthetic.',
      date,
      datePrecision: 'day',
      body: rng.pick(BODIES),
      ref: null,
      areas,
      source: { document: `doc-${i}`, anchor: 'p-1' },
      resolvedBy: null,
      reports: null,
    });
  }
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
}
