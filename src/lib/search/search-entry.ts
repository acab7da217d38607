/**
 * Which pages the search index holds, and their facets, by path: documents (held and cited-only), decisions and
 * milestones, and the glossary. Every other page (lists, timeline, home, about) is left out of the index: they
 * only repeat titles the indexed pages carry.
 */
import { getRecord } from '../record/record-index.ts';
import { committeeSlug } from '../record/slug.ts';
import { citedFacets, decisionFacets, documentFacets, glossaryFacets, type SearchFacets } from './search-facets.ts';

/** The facets of the page at `pathname`, or null when the page is not in the search index. */
export async function searchFacetsFor(pathname: string): Promise<SearchFacets | null> {
  if (pathname === '/glossary/') return glossaryFacets();
  const [, section, id] = /^\/(documents|decisions)\/([^/]+)\/$/.exec(pathname) ?? [];
  if (section === undefined || id === undefined) return null;
  const record = await getRecord();
  if (section === 'decisions') {
    const decision = record.decisionById.get(id);
    return decision ? decisionFacets(decision, (body) => record.committeePages.has(committeeSlug(body))) : null;
  }
  const held = record.documents.get(id);
  if (held) return documentFacets(held.data);
  const cited = record.citedOnly.get(id);
  return cited ? citedFacets(cited) : null;
}
