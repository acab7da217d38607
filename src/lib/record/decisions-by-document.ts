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

/** What is wrong with the record's references, one line each: witnesses not held or not led by `source`, and resolvedBy or reports naming no entry. */
export function referenceProblems(decisions: readonly Decision[], isHeld: (document: string) => boolean): string[] {
  const ids = new Set(decisions.map((d) => d.id));
  const problems: string[] = [];
  for (const d of decisions) {
    if (!isHeld(d.source.document)) problems.push(`${d.id}: source.document "${d.source.document}" is not a held document`);
    const first = d.sources?.[0];
    if (first && (first.document !== d.source.document || first.anchor !== d.source.anchor)) {
      problems.push(`${d.id}: sources[0] (${first.document}#${first.anchor}) is not its source (${d.source.document}#${d.source.anchor})`);
    }
    for (const [i, w] of (d.sources ?? []).entries()) {
      if (!isHeld(w.document)) problems.push(`${d.id}: sources[${i}].document "${w.document}" is not a held document`);
    }
    if (d.resolvedBy && !ids.has(d.resolvedBy)) problems.push(`${d.id}: resolvedBy "${d.resolvedBy}" is not a decision`);
    if (d.reports && !ids.has(d.reports)) problems.push(`${d.id}: reports "${d.reports}" is not a decision`);
  }
  return problems;
}
