import type { CitedDocument } from '../model/decision.ts';
import type { DocumentData } from '../model/document.ts';
import { documentPath } from './urls.ts';

/** One entry of /api/documents.json: exactly the public fields of the brief. */
export interface DocumentApiEntry {
  id: string;
  url: string;
  title: string;
  /** report, minutes, agenda or appendix; "cited" for a document the archive does not hold. */
  kind: DocumentData['kind'] | 'cited';
  /** YYYY-MM-DD; null only for a cited document whose citation gives no date. */
  date: string | null;
  /** The committee's full name; null only for a cited document whose citation names none. */
  body: string | null;
  agendaItem: string | null;
  reference: string | null;
  /** false for a document that is cited but not held here. */
  held: boolean;
  /** The original file; null for a document not held. */
  source: { file: string; sha256: string } | null;
}

/** A held document as the open-data API publishes it, with its absolute URL on `site`. */
export function heldDocumentToApi(id: string, data: DocumentData, site: URL): DocumentApiEntry {
  return {
    id,
    url: new URL(documentPath(id), site).href,
    title: data.title,
    kind: data.kind,
    date: data.date,
    body: data.body,
    agendaItem: data.agendaItem,
    reference: data.reference,
    held: true,
    source: { file: data.source.file, sha256: data.source.sha256 },
  };
}

/** A document cited but not held, as the open-data API publishes it: what the citations tell, and held: false. */
export function citedDocumentToApi(cited: CitedDocument, site: URL): DocumentApiEntry {
  return {
    id: cited.id,
    url: new URL(documentPath(cited.id), site).href,
    title: cited.title,
    kind: 'cited',
    date: cited.date,
    body: cited.body,
    agendaItem: null,
    reference: null,
    held: false,
    source: null,
  };
}

/** Every entry of /api/documents.json, in date order (undated last), then by id. */
export function documentsApi(entries: readonly DocumentApiEntry[]): DocumentApiEntry[] {
  const key = (e: DocumentApiEntry) => `${e.date ?? '9999-99-99'} ${e.id}`;
  return [...entries].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
