import type { CitedDocument, Decision } from '../model/decision.ts';
import type { DocumentData } from '../model/document.ts';

/** A place that cites something: the citing document and the anchor of the citing paragraph or entry. */
export interface Citation {
  document: string;
  anchor: string;
}

export interface HeldDocument {
  id: string;
  data: Pick<DocumentData, 'kind' | 'title' | 'date' | 'body' | 'backgroundPapers'>;
}

const WORD = /[a-z0-9]+/g;
const STOP = new Set(['the', 'and', 'of', 'to', 'in', 'for', 'on', 'a', 'report', 'committee']);

function words(text: string): Set<string> {
  return new Set((text.toLowerCase().match(WORD) ?? []).filter((w) => !STOP.has(w)));
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n += 1;
  return n;
}

/** How alike two titles are, 0 to 1: the share of their significant words they have in common (Dice). */
export function titleLikeness(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  return x.size + y.size === 0 ? 0 : (2 * overlap(x, y)) / (x.size + y.size);
}

/**
 * Titles that name one paper: "Integration with Health in Mid-Nottinghamshire" and "Integration with health in
 * Mid-Nottinghamshire – progress update" do; "Better Care Fund performance" and "Better Care Fund 2019/20 plan" do not.
 */
export const SAME_TITLE = 0.7;

const bodyKey = (name: string) => name.toLowerCase().replace(/&/g, 'and').replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
/** The same committee, however the text writes "&" or "the". */
function sameBody(a: string, b: string): boolean {
  return bodyKey(a) === bodyKey(b);
}

/**
 * Which held document a background paper names, if any. Never by date alone: the paper must go to the same meeting
 * (date) of the same committee, and be the same kind. Minutes are one a meeting; a report must also carry a title
 * alike enough to the held report's (SAME_TITLE), the most alike where two are; a citation with no title of its
 * own ("report to … on …") names no report, since two reports to one meeting are different papers.
 */
export function matchHeldDocument(
  paper: DocumentData['backgroundPapers'][number],
  held: readonly HeldDocument[],
): string | null {
  if (!paper.date) return null;
  // A paper cited as minutes is the minutes; anything else ("report to … on …") is a report, never the minutes of that day.
  const kind = /\bminutes\b/i.test(paper.text) ? 'minutes' : 'report';
  const candidates = held.filter(
    (d) => d.data.date === paper.date && d.data.kind === kind && (!paper.body || sameBody(d.data.body, paper.body)),
  );
  if (kind === 'minutes') return candidates.length === 1 ? candidates[0]!.id : null;
  if (!paper.title) return null;
  const ranked = candidates
    .map((d) => ({ id: d.id, score: titleLikeness(paper.title!, d.data.title) }))
    .filter((c) => c.score >= SAME_TITLE)
    .sort((x, y) => y.score - x.score);
  const [best, second] = ranked;
  return best && best.score !== second?.score ? best.id : null;
}

/** Document id → every place that cites it: held documents via their background papers, and cited documents as the extractor found them (under the held id, once held). */
export function citedByIndex(
  held: readonly HeldDocument[],
  citedOnly: readonly CitedDocument[],
): Map<string, Citation[]> {
  const index = new Map<string, Citation[]>();
  const add = (target: string, citation: Citation) => {
    const list = index.get(target) ?? [];
    if (!list.some((c) => c.document === citation.document && c.anchor === citation.anchor)) list.push(citation);
    index.set(target, list);
  };
  // A paper is matched only against the documents of its own date: grouped once, not filtered per paper.
  const byDate = Map.groupBy(held, (doc) => doc.data.date);
  for (const doc of held) {
    for (const paper of doc.data.backgroundPapers) {
      const target = paper.date ? matchHeldDocument(paper, byDate.get(paper.date) ?? []) : null;
      if (target && target !== doc.id) add(target, { document: doc.id, anchor: paper.anchor });
    }
  }
  // A cited paper the archive now holds: its citations (paragraphs that mention its meeting too) name the held document.
  for (const cited of citedOnly) for (const c of cited.citedBy) add(cited.heldAs ?? cited.id, c);
  return index;
}

/** Decision id → the later records of it: the recorded decisions whose `reports` names it, in the order given. */
export function laterRecordsIndex<D extends Pick<Decision, 'reports'>>(decisions: readonly D[]): Map<string, D[]> {
  return Map.groupBy(
    decisions.filter((d) => d.reports),
    (d) => d.reports!,
  );
}

/**
 * Document id → what it cites, by the anchor of the citing paragraph or entry: "background-paper-1" → the id of the
 * paper it names (the first, where an anchor names more than one). The citation index turned around.
 */
export function citationsByDocument(documentCitedBy: ReadonlyMap<string, Citation[]>): Map<string, Map<string, string>> {
  const index = new Map<string, Map<string, string>>();
  for (const [target, citations] of documentCitedBy) {
    for (const c of citations) {
      const cites = index.get(c.document) ?? new Map<string, string>();
      if (!cites.has(c.anchor)) cites.set(c.anchor, target);
      index.set(c.document, cites);
    }
  }
  return index;
}

/**
 * What cites a decision: later records of it (`laterRecords`: the recorded decisions that report it) and the
 * documents that cite the document its evidence stands in. Each citing document once, in the order found; never a
 * paper that records the decision itself (its witnesses, listed apart as its `sources`).
 */
export function decisionCitedBy(
  decision: Pick<Decision, 'id' | 'source' | 'sources'>,
  laterRecords: readonly Pick<Decision, 'source'>[],
  documentCitedBy: ReadonlyMap<string, Citation[]>,
): Citation[] {
  const out: Citation[] = [];
  const seen = new Set([decision.source.document, ...(decision.sources ?? []).map((w) => w.document)]);
  const push = (c: Citation) => {
    if (seen.has(c.document)) return;
    seen.add(c.document);
    out.push(c);
  };
  for (const d of laterRecords) push(d.source);
  for (const c of documentCitedBy.get(decision.source.document) ?? []) push(c);
  return out;
}
