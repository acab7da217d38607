import type { Decision } from '../model/decision.ts';
import { decisionPath } from './decision-api.ts';

const DECISIONS_FILE = 'content/decisions.json';

/**
 * The redirects merging makes: where several papers' retellings of one decision became one entry, each retelling's
 * old page forwards to that entry. Only addresses that were published need one. Refuses an id that is merged and
 * live at once, or merged into two entries, since its address could then lead to only one of them.
 */
export function mergedRedirects(decisions: readonly Pick<Decision, 'id' | 'mergedIds'>[], published: ReadonlySet<string>): Record<string, string> {
  const live = new Set(decisions.map((d) => d.id));
  const into = new Map<string, string>();
  const redirects: Record<string, string> = {};
  for (const d of decisions) {
    for (const merged of d.mergedIds ?? []) {
      if (live.has(merged)) throw new Error(`${DECISIONS_FILE}: "${merged}" is merged into "${d.id}" but is also an entry of its own`);
      const earlier = into.get(merged);
      if (earlier !== undefined && earlier !== d.id) throw new Error(`${DECISIONS_FILE}: "${merged}" is merged into both "${earlier}" and "${d.id}"`);
      into.set(merged, d.id);
      const from = decisionPath(merged);
      if (published.has(from)) redirects[from] = decisionPath(d.id);
    }
  }
  return redirects;
}
