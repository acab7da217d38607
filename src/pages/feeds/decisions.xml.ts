import type { APIRoute } from 'astro';
import { getRecord } from '../../lib/record/record-index.ts';
import { atomDate, toAtom } from '../../lib/record/atom.ts';
import { decisionAtomEntry } from '../../lib/record/decision-atom.ts';

/** /feeds/decisions.xml: an Atom feed of every decision and milestone, newest first. Dated by the decision, not the build, so rebuilds are identical. */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config.mjs must set `site` for absolute URLs in the Atom feed');
  const { decisions, documents } = await getRecord();
  const newestFirst = [...decisions].reverse();
  const xml = toAtom({
    self: new URL('/feeds/decisions.xml', site).href,
    alternate: new URL('/timeline/', site).href,
    title: 'Nottinghamshire health and social care integration: decisions',
    subtitle: 'Decisions and milestones from Nottinghamshire County Council’s committee papers, 2015–2021, each with its source.',
    author: 'Nottinghamshire County Council committee papers',
    updated: atomDate(newestFirst[0]?.date ?? '2015'),
    entries: newestFirst.map((d) => decisionAtomEntry(d, site, (id) => documents.get(id)?.data)),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
