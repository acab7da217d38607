import type { APIRoute } from 'astro';
import { getRecord } from '../../lib/record/record-index.ts';
import { toCsv } from '../../lib/record/csv.ts';
import { TIMELINE_CSV_HEADER, timelineCsvRow } from '../../lib/record/timeline-csv.ts';

/** /feeds/timeline.csv: the timeline for spreadsheets, one row per entry, oldest first (RFC 4180). */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config.mjs must set `site` for absolute URLs in the timeline CSV');
  const { decisions } = await getRecord();
  const rows = decisions.map((d) => timelineCsvRow(d, site));
  return new Response(toCsv(TIMELINE_CSV_HEADER, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
