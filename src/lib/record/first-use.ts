import type { GlossaryMatcher } from './glossary.ts';

export interface FirstUse {
  document: string;
  /** The fragment id of the paragraph, recommendation or resolution it stands in, or null before the first of them. */
  anchor: string | null;
}

export interface SourceBody {
  id: string;
  date: string;
  /** The document's MDX body, as the importer wrote it. */
  body: string;
}

const ANCHORED = /<(Para|Recommendation)\s+n="([^"]+)"|<Resolution\s+ref="([^"]+)"/g;

/** The fragment id that an MDX opening tag gives: <Para n="1.13"> → "p-1-13", <Recommendation n="a"> → "recommendation-a", <Resolution ref="2021/002"> → "resolution-2021-002". */
function anchorOf(match: RegExpMatchArray): string {
  const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  if (match[3]) return `resolution-${slug(match[3])}`;
  return match[1] === 'Para' ? `p-${slug(match[2] ?? '')}` : `recommendation-${slug(match[2] ?? '')}`;
}

/** Where each glossary term first stands in the archive: the earliest document (by date, then id), and the anchor around it. */
export function firstUses(matcher: GlossaryMatcher, documents: readonly SourceBody[]): Map<string, FirstUse> {
  const found = new Map<string, FirstUse>();
  const ordered = [...documents].sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? -1 : 1));
  for (const doc of ordered) {
    const anchors = [...doc.body.matchAll(ANCHORED)].map((m) => ({ at: m.index, anchor: anchorOf(m) }));
    for (const match of doc.body.matchAll(matcher.pattern)) {
      const term = matcher.byForm.get(match[0]);
      if (!term || found.has(term.id)) continue;
      const before = anchors.filter((a) => a.at < match.index).at(-1);
      found.set(term.id, { document: doc.id, anchor: before?.anchor ?? null });
    }
  }
  return found;
}
