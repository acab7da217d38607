/**
 * Which pages the search index holds, by path: the glossary, and each document (held or cited-only) and decision.
 * Every other page (lists, timeline, home, about) is left out: they only repeat titles the indexed pages carry.
 */
export type IndexedPage = { section: 'glossary' } | { section: 'documents' | 'decisions'; id: string };

/** The indexed page at `pathname` (as /documents/<id>/), or null when the page is not in the index. */
export function indexedPage(pathname: string): IndexedPage | null {
  if (pathname === '/glossary/') return { section: 'glossary' };
  const [, section, id] = /^\/(documents|decisions)\/([^/]+)\/$/.exec(pathname) ?? [];
  if (id === undefined || (section !== 'documents' && section !== 'decisions')) return null;
  return { section, id };
}

/**
 * The same pages as built files, for Pagefind's --glob (scripts/search-index.ts): Pagefind then reads only these,
 * not every page of the site (at 2,000 reports it skipped about 480 pages and 60 MB of HTML). The index is the same.
 */
export const INDEXED_FILES_GLOB = '{glossary/index.html,documents/*/index.html,decisions/*/index.html}';
