import type { Decision } from '../model/decision.ts';
import { areaInfo } from './areas.ts';
import { formatPartialDate } from './dates.ts';
import { decisionPath, documentPath } from './decision-api.ts';
import { witnessesOf } from './witnesses.ts';

/** The columns of /feeds/timeline.csv. `source_*` is the first paper; `source_urls` every paper that records the entry. */
export const TIMELINE_CSV_HEADER = ['id', 'date', 'date_precision', 'date_in_words', 'evidence', 'kind', 'title', 'body', 'ref', 'areas', 'text', 'source_document', 'source_url', 'url', 'source_urls'] as const;

/** One entry as a row of the timeline CSV, with absolute URLs on `site`; `source_urls` separated by a space. */
export function timelineCsvRow(d: Decision, site: URL): (string | null)[] {
  return [
    d.id,
    d.date,
    d.datePrecision,
    formatPartialDate(d.date, d.datePrecision),
    d.evidence,
    d.kind,
    d.title,
    d.body,
    d.ref,
    d.areas.map((a) => areaInfo(a).name).join('; '),
    d.text,
    d.source.document,
    new URL(documentPath(d.source.document, d.source.anchor), site).href,
    new URL(decisionPath(d.id), site).href,
    witnessesOf(d).map((w) => new URL(documentPath(w.document, w.anchor), site).href).join(' '),
  ];
}
