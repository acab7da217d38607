import type { CitedDocument } from '../model/decision.ts';
import { documentPath } from './decision-api.ts';

/**
 * The redirects the record makes by itself: a cited paper's page, once published, forwards to the document when the
 * archive comes to hold that paper (`heldAs`). Only addresses that were published need one.
 */
export function heldRedirects(cited: readonly Pick<CitedDocument, 'id' | 'heldAs'>[], published: ReadonlySet<string>): Record<string, string> {
  const redirects: Record<string, string> = {};
  for (const c of cited) {
    const from = documentPath(c.id);
    if (c.heldAs && published.has(from)) redirects[from] = documentPath(c.heldAs);
  }
  return redirects;
}
