/**
 * The search page's <head> preloads Pagefind's entry file as /pagefind/pagefind-entry.json?ts=<tag>; the build
 * (scripts/search-index.ts) writes the index's hash over this placeholder. The page script passes the same tag to
 * Pagefind (metaCacheTag), so Pagefind asks for the very address that was preloaded.
 */
export const INDEX_TAG_PLACEHOLDER = 'pagefind-index-tag';

/** The tag on the preloaded entry address, or null when the build did not write one (Pagefind then uses the time). */
export function indexTag(entryHref: string | null | undefined): string | null {
  if (!entryHref) return null;
  const tag = new URL(entryHref, 'http://x/').searchParams.get('ts');
  return tag && tag !== INDEX_TAG_PLACEHOLDER ? tag : null;
}
