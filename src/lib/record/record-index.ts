import { getCollection, type CollectionEntry } from 'astro:content';
import type { CitedDocument, Decision } from '../model/decision.ts';
import { citationsByDocument, citedByIndex, decisionCitedBy, laterRecordsIndex, type Citation } from './cited-by.ts';
import { decisionsByDocument } from './decisions-by-document.ts';
import { referenceProblems } from './reference-problems.ts';
import { loadCitedDocuments, loadDecisions } from './load-data.ts';
import { sortEntries } from './order.ts';
import { committeeSlug } from './slug.ts';

export type DocumentEntry = CollectionEntry<'documents'>;

/** Everything the record's pages draw on, joined up once per build. */
export interface RecordIndex {
  /** Every decision and milestone, oldest first. */
  decisions: Decision[];
  decisionById: ReadonlyMap<string, Decision>;
  documents: ReadonlyMap<string, DocumentEntry>;
  /** Document id → its appendices, by id. */
  appendicesOf: ReadonlyMap<string, DocumentEntry[]>;
  citedOnly: ReadonlyMap<string, CitedDocument>;
  /** Document id (held or not) → the places that cite it. */
  documentCitedBy: ReadonlyMap<string, Citation[]>;
  /** Decision id → the places that cite it. */
  decisionCitedBy: ReadonlyMap<string, Citation[]>;
  /** Document id → what it cites: the anchor of the citing paragraph or entry → the id of the paper it names. */
  citationsFrom: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Document id → the decisions and milestones it records (first or as a later witness), oldest first. */
  decisionsFrom: ReadonlyMap<string, Decision[]>;
  /** Decision id → the later records of it (recorded decisions that report it), oldest first. */
  laterRecords: ReadonlyMap<string, Decision[]>;
  /** Decision id → the recommendation(s) a resolution settled. */
  recommendationsFor: ReadonlyMap<string, Decision[]>;
  /** Slugs of the committees that have a page (/committees/<slug>/). */
  committeePages: ReadonlySet<string>;
}

/** Fail the build, naming the entry and field, when a decision points at something the site does not hold. */
function checkReferences(decisions: readonly Decision[], documents: ReadonlyMap<string, DocumentEntry>): void {
  const problems = referenceProblems(decisions, (id) => documents.has(id));
  if (problems.length > 0) throw new Error(`content/decisions.json:\n${problems.join('\n')}`);
}

let built: Promise<RecordIndex> | undefined;

/** The record's joined-up index (built once per build). */
export function getRecord(): Promise<RecordIndex> {
  built ??= build();
  return built;
}

async function build(): Promise<RecordIndex> {
  const entries = await getCollection('documents');
  const documents = new Map(entries.map((e) => [e.id, e]));
  const decisions = sortEntries(loadDecisions());
  checkReferences(decisions, documents);
  const cited = loadCitedDocuments();
  const clash = cited.filter((c) => !c.heldAs && documents.has(c.id)).map((c) => c.id);
  if (clash.length > 0) throw new Error(`content/cited-documents.json: these ids are held documents, not cited-only ones: ${clash.join(', ')}`);
  const documentCitedBy = citedByIndex(entries, cited);
  const laterRecords = laterRecordsIndex(decisions);
  const decisionsFrom = decisionsByDocument(decisions);
  const decisionCitedByMap = new Map(decisions.map((d) => [d.id, decisionCitedBy(d, laterRecords.get(d.id) ?? [], documentCitedBy)]));
  const recommendationsFor = Map.groupBy(
    decisions.filter((d) => d.resolvedBy),
    (d) => d.resolvedBy!,
  );
  const committeePages = new Set(entries.flatMap((e) => [committeeSlug(e.data.body), committeeSlug(e.data.meeting.body)]));
  return {
    decisions,
    decisionById: new Map(decisions.map((d) => [d.id, d])),
    documents,
    appendicesOf: Map.groupBy(
      entries.filter((e) => e.data.kind === 'appendix' && e.data.parent !== null).sort((a, b) => (a.id < b.id ? -1 : 1)),
      (e) => e.data.parent!,
    ),
    citedOnly: new Map(cited.filter((c) => !c.heldAs).map((c) => [c.id, c])),
    documentCitedBy,
    decisionCitedBy: decisionCitedByMap,
    citationsFrom: citationsByDocument(documentCitedBy),
    decisionsFrom,
    laterRecords,
    recommendationsFor,
    committeePages,
  };
}

/** The documents cited but not held, each to have a page at /documents/<id>/ (held: false), in date order. */
export async function citedOnlyDocuments(): Promise<CitedDocument[]> {
  const record = await getRecord();
  return [...record.citedOnly.values()].sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? -1 : (a.date ?? '') > (b.date ?? '') ? 1 : a.id < b.id ? -1 : 1));
}

/**
 * What a document cites, by the anchor of the citing entry or paragraph: "background-paper-1" → the id of the paper
 * it names (held, or cited-only with its own page). For linking each background paper or paragraph to /documents/<id>/.
 */
export async function citationsFrom(documentId: string): Promise<ReadonlyMap<string, string>> {
  return (await getRecord()).citationsFrom.get(documentId) ?? new Map<string, string>();
}
