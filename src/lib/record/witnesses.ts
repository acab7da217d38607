import type { Decision, Witness } from '../model/decision.ts';

type Witnessed = Pick<Decision, 'source' | 'sources' | 'date' | 'datePrecision'>;

/** Every paper that records an entry, oldest first: its `sources`, or the one paper of `source` with the entry's date. */
export function witnessesOf(decision: Witnessed): Witness[] {
  if (decision.sources) return decision.sources;
  const { document, anchor } = decision.source;
  return [{ document, anchor, date: decision.date, datePrecision: decision.datePrecision }];
}

const sameDate = (a: Pick<Witness, 'date' | 'datePrecision'>, b: Pick<Witness, 'date' | 'datePrecision'>) =>
  a.date === b.date && a.datePrecision === b.datePrecision;

/**
 * The paper the entry's date is taken from, where the papers give it differently ("2 November 2015" in one,
 * "November 2015" in another): the first witness giving the entry's date to its precision. Null when every
 * witness gives the same date, since then no one paper gives it.
 */
export function dateGivenBy(decision: Witnessed): Witness | null {
  const witnesses = witnessesOf(decision);
  if (witnesses.every((w) => sameDate(w, witnesses[0]!))) return null;
  return witnesses.find((w) => sameDate(w, decision)) ?? null;
}
