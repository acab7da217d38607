/**
 * The facets of each page the search index holds (indexed-pages.ts says which): documents (held and cited-only),
 * decisions and milestones, and the glossary.
 */
import { getRecord } from '../record/record-index.ts';
import { committeeSlug } from '../record/slug.ts';
import { indexedPage } from './indexed-pages.ts';
import { citedFacets, decisionFacets, documentFacets, glossaryFacets, type SearchFacets } from './search-facets.ts';

/** The facets of the page at `pathname`, or null when the page is not in the search index. */
export async function searchFacetsFor(pathname: string): Promise<SearchFacets | null> {
  const page = indexedPage(pathname);
  if (page === null) return null;
  if (page.section === 'glossary') return glossaryFacets();
  const record = await getRecord();
  if (page.section === 'decisions') {
    const decision = record.decisionById.get(page.id);
    return decision ? decisionFacets(decision, (body) => record.committeePages.has(committeeSlug(body))) : null;
  }
  const held = record.documents.get(page.id);
  if (held) return documentFacets(held.data);
  const cited = record.citedOnly.get(page.id);
  return cited ? citedFacets(cited) : null;
}
