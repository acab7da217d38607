import type { Decision } from '../model/decision.ts';

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
