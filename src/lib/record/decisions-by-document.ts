import type { Decision } from '../model/decision.ts';
import { witnessesOf } from './witnesses.ts';

/** Document id → the entries that paper records (as their first witness or a later one), each once, in the order given. */
export function decisionsByDocument<D extends Decision>(decisions: readonly D[]): Map<string, D[]> {
  const index = new Map<string, D[]>();
  for (const d of decisions) {
    for (const document of new Set(witnessesOf(d).map((w) => w.document))) {
      const list = index.get(document) ?? [];
      list.push(d);
      index.set(document, list);
    }
  }
  return index;
}
