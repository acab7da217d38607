/**
 * The parts of a Pagefind result the search page shows, made safe and small. Pure: Pagefind's data in, ours out.
 */

/** A sub-result as Pagefind gives it: a heading or anchored element of the page that matched. */
export interface SubResultData {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: { balanced_score: number; location: number }[];
  locations?: number[];
}

/**
 * An excerpt as HTML that holds no markup but Pagefind's <mark> around the words that matched. Pagefind's text is
 * already escaped (&amp;); any other angle bracket is escaped here, so nothing in the council's words becomes markup.
 */
export function safeExcerpt(html: string): string {
  return html
    .split(/(<\/?mark>)/)
    .map((part) => (part === '<mark>' || part === '</mark>' ? part : part.replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('');
}

const score = (sub: SubResultData): number => (sub.weighted_locations ?? []).reduce((sum, w) => sum + w.balanced_score, 0) || (sub.locations?.length ?? 0);

/**
 * Up to `max` sub-results that land on a place in the page (#p-12, #recommendation-1, #stp): the best matches,
 * shown in page order. The page's own address (no anchor) is left out: the result's title already links there.
 */
export function pickSubResults(pageUrl: string, subs: readonly SubResultData[], max = 3): SubResultData[] {
  const anchored = subs.map((sub, order) => ({ sub, order })).filter(({ sub }) => sub.url.includes('#') && sub.url !== pageUrl);
  return anchored
    .sort((a, b) => score(b.sub) - score(a.sub) || a.order - b.order)
    .slice(0, max)
    .sort((a, b) => a.order - b.order)
    .map(({ sub }) => sub);
}

/** "12 results for carers", "1 result for STP", "No results for xyz": the summary, as shown and announced. */
export function resultsSummary(count: number, q: string): string {
  if (count === 0) return `No results for ${q}`;
  return `${count} ${count === 1 ? 'result' : 'results'} for ${q}`;
}
