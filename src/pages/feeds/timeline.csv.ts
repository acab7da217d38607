import type { APIRoute } from 'astro';
import { getRecord } from '../../lib/record/record-index.ts';
import { toCsv } from '../../lib/record/csv.ts';
import { decisionPath, documentPath } from '../../lib/record/decision-api.ts';
import { formatPartialDate } from '../../lib/record/dates.ts';
import { areaInfo } from '../../lib/record/areas.ts';

const HEADER = ['id', 'date', 'date_precision', 'date_in_words', 'evidence', 'kind', 'title', 'body', 'ref', 'areas', 'text', 'source_document', 'source_url', 'url'];

/** /feeds/timeline.csv: the timeline for spreadsheets, one row per entry, oldest first (RFC 4180). */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config.mjs must set `site` for absolute URLs in the timeline CSV');
  const { decisions } = await getRecord();
  const rows = decisions.map((d) => [
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
  ]);
  return new Response(toCsv(HEADER, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
