import type { CitedDocument, Decision } from '../../model/decision.ts';
import { sortEntries } from '../../record/order.ts';
import { citeDocuments } from './cite-documents.ts';
import { collectBlocks, type Block } from './blocks.ts';
import { linkRecommendations, linkRecorded } from './links.ts';
import { learnCase, type CaseGuide } from '../text-case.ts';
import type { RecordSource } from './source.ts';
import { extractMilestones } from './extract-milestones.ts';
import { extractRecommendations } from '../structure/extract-recommendations.ts';
import { extractRecorded, type Undated } from './extract-recorded.ts';
import { extractResolutions } from '../structure/extract-resolutions.ts';
import { mergeEditorial, type EditorialEntry } from './merge-editorial.ts';
import { mergeRetellings } from './merge-retellings.ts';
import { ImportError } from '../types.ts';

export interface DerivedRecord {
  /** Every decision and milestone, oldest first (date, then id). */
  decisions: Decision[];
  /** Papers cited but not held, by id. */
  citedDocuments: CitedDocument[];
  /** Statements of a decision the text gives no date for: reported, for the editors. */
  undated: Undated[];
}

export interface Editorial {
  file: string;
  entries: readonly EditorialEntry[];
}

/** Entries that share an id get -2, -3… in document order, before retellings merge: so a merged-away retelling keeps the id it was published at. */
function uniqueIds(decisions: readonly Decision[]): Decision[] {
  const seen = new Map<string, number>();
  return decisions.map((d) => {
    const n = (seen.get(d.id) ?? 0) + 1;
    seen.set(d.id, n);
    return n === 1 ? d : { ...d, id: `${d.id}-${n}` };
  });
}

/** Drop a vaguer statement of a decision the same document dates more exactly ("in May" beside "on 26 May 2016"). */
function dropVaguerDuplicates(decisions: readonly Decision[]): Decision[] {
  // Compared within each document only: across the whole record the pairs would grow with its square.
  const recordedIn = new Map<string, Decision[]>();
  for (const d of decisions) {
    if (d.evidence !== 'recorded') continue;
    const inDocument = recordedIn.get(d.source.document);
    if (inDocument) inDocument.push(d);
    else recordedIn.set(d.source.document, [d]);
  }
  return decisions.filter(
    (d) =>
      d.evidence !== 'recorded' ||
      !(recordedIn.get(d.source.document) ?? []).some((o) => o !== d && o.body === d.body && o.date.length > d.date.length && o.date.startsWith(d.date)),
  );
}

function checkReferences(decisions: readonly Decision[], editorial: Editorial | undefined): void {
  const ids = new Set(decisions.map((d) => d.id));
  for (const d of decisions) {
    for (const field of ['resolvedBy', 'reports'] as const) {
      const target = d[field];
      if (target && !ids.has(target)) {
        throw new ImportError(editorial?.file ?? 'content/decisions.json', null, `${d.id}: ${field} "${target}" is not in the record`, 'do not drop an entry another one points to, or set that field to null');
      }
    }
  }
}

/**
 * The decision record from the held documents: resolutions from minutes, recommendations from reports, decisions
 * the reports record, dated milestones, and the papers cited but not held. A decision or event that several papers
 * retell is one entry with each paper as its witness (merge-retellings.ts), and a recalled decision whose minutes are
 * held is the resolution (linkRecorded); then the reviewed editorial entries.
 * Pure and deterministic: the same documents give the same record, in the same order.
 */
export function deriveRecord(sources: readonly RecordSource[], editorial?: Editorial): DerivedRecord {
  const ordered = [...sources].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const blocksOf = new Map<string, Block[]>(ordered.map((s) => [s.id, collectBlocks(s)]));
  const resolutionHeadings = new Map<string, string | null>();
  const extracted: Decision[] = [];
  const undated: Undated[] = [];
  // How the archive's running text prints words, learnt once and only if a minutes heading is in capitals.
  let archiveGuide: CaseGuide | undefined;
  const caseText = () => (archiveGuide ??= learnCase([...blocksOf.values()].flatMap((blocks) => blocks.map((b) => b.text)).join('\n')));
  for (const source of ordered) {
    const blocks = blocksOf.get(source.id)!;
    const resolutions = extractResolutions(source, blocks, caseText);
    for (const r of resolutions) resolutionHeadings.set(r.id, blocks.find((b) => b.kind === 'resolution' && b.anchor === r.source.anchor)?.heading ?? null);
    const recorded = extractRecorded(source, blocks);
    const skip = new Set(recorded.decisions.map((d) => `${d.source.anchor}\n${d.text}`));
    extracted.push(...resolutions, ...extractRecommendations(source), ...recorded.decisions, ...extractMilestones(source, blocks, skip));
    undated.push(...recorded.undated);
  }
  const retold = mergeRetellings(uniqueIds(dropVaguerDuplicates(extracted)));
  const recalled = linkRecorded(linkRecommendations(retold.decisions, ordered, resolutionHeadings), resolutionHeadings);
  // A retelling merged into an entry that a resolution then absorbed points at the resolution: the later map wins.
  const mergedInto = new Map([...retold.mergedInto, ...recalled.mergedInto]);
  let decisions = recalled.decisions;
  if (editorial) decisions = mergeEditorial(decisions, editorial.entries, editorial.file, mergedInto);
  checkReferences(decisions, editorial);
  return { decisions: sortEntries(decisions), citedDocuments: citeDocuments(ordered, blocksOf), undated };
}
