import type { APIRoute } from 'astro';
import { getRecord } from '../../lib/record/record-index.ts';
import { decisionToApi } from '../../lib/record/decision-api.ts';

/** /api/decisions.json: one entry per decision or milestone, oldest first (fields in the brief's "Public interfaces"). */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config.mjs must set `site` for absolute URLs in /api/decisions.json');
  const record = await getRecord();
  const entries = record.decisions.map((d) =>
    decisionToApi(d, site, [...new Set((record.decisionCitedBy.get(d.id) ?? []).map((c) => c.document))]),
  );
  return new Response(JSON.stringify(entries, null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
