import type { Decision } from '../model/decision.ts';
import type { DecisionTable } from '../model/decision-table.ts';
import { witnessesOf } from './witnesses.ts';

/** A paper that records an entry, as the API gives it: the document, the paragraph's URL, the date as that paper gives it. */
export interface ApiWitness {
  document: string;
  url: string;
  date: string;
  datePrecision: Decision['datePrecision'];
}

/** One entry of /api/decisions.json, exactly the public fields of the brief. */
export interface DecisionApiEntry {
  id: string;
  url: string;
  title: string;
  /** Plain text: any list or table the decision introduces is in it, a table as "cell | cell" lines. */
  text: string;
  /** Only where the decision introduces a table: its header and rows, cell by cell. */
  table?: DecisionTable;
  kind: Decision['kind'];
  evidence: Decision['evidence'];
  date: string;
  body: string | null;
  ref: string | null;
  areas: Decision['areas'];
  /** The first paper that records it (the same as `sources[0]`). */
  source: { document: string; url: string };
  /** Every paper that records it, oldest first: one, or more where several papers retell it. */
  sources: ApiWitness[];
  citedBy: string[];
}

/** The site path of a decision's page. */
export function decisionPath(id: string): string {
  return `/decisions/${id}/`;
}

/** The site path of a document's page, with an optional fragment. */
export function documentPath(id: string, anchor?: string): string {
  return `/documents/${id}/${anchor ? `#${anchor}` : ''}`;
}

/** A decision as the open-data API publishes it, with absolute URLs on `site`. */
export function decisionToApi(decision: Decision, site: URL, citedBy: readonly string[]): DecisionApiEntry {
  return {
    id: decision.id,
    url: new URL(decisionPath(decision.id), site).href,
    title: decision.title,
    text: decision.text,
    ...(decision.table ? { table: decision.table } : {}),
    kind: decision.kind,
    evidence: decision.evidence,
    date: decision.date,
    body: decision.body,
    ref: decision.ref,
    areas: decision.areas,
    source: {
      document: decision.source.document,
      url: new URL(documentPath(decision.source.document, decision.source.anchor), site).href,
    },
    sources: witnessesOf(decision).map((w) => ({
      document: w.document,
      url: new URL(documentPath(w.document, w.anchor), site).href,
      date: w.date,
      datePrecision: w.datePrecision,
    })),
    citedBy: [...citedBy],
  };
}
