/**
 * A search as the address bar holds it, so that it can be shared: /search/?q=carers&kind=Report&area=Bassetlaw&sort=newest.
 * Pure: URLSearchParams in, a state out, and back.
 */
import { FILTER_NAMES, type FilterName } from './search-facets.ts';

/** How results are ordered: by relevance (the default), or by date. */
export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof SORTS)[number];

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterName, string[]>>;
  sort: SortOrder;
}

/** The longest query kept: anything longer is cut (Pagefind gains nothing from a pasted page). */
export const MAX_QUERY_LENGTH = 200;

/** Tidy what a reader typed: whitespace collapsed, ends trimmed, cut to MAX_QUERY_LENGTH. */
export function normaliseQuery(q: string): string {
  return q.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
}

/** The shortest last word worth fetching index for while the reader is still typing. */
export const MIN_PRELOAD_WORD = 3;

/**
 * Whether to fetch the index for a query while it is still being typed: only once its last word has MIN_PRELOAD_WORD
 * characters. A one- or two-letter prefix matches most of the index ("c" → care, carers, ccg, council…), so
 * preloading it fetches chunks the finished word does not need (at 2,000 reports, twice the bytes of the search).
 */
export function worthPreloading(q: string): boolean {
  const last = normaliseQuery(q).split(' ').at(-1) ?? '';
  return [...last].length >= MIN_PRELOAD_WORD;
}

/** The search a URL's parameters describe. Unknown parameters are ignored; repeated filter values are kept once. */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const name of FILTER_NAMES) {
    const values = [...new Set(params.getAll(name).map((v) => v.trim()).filter((v) => v.length > 0))];
    if (values.length > 0) filters[name] = values;
  }
  const sort = params.get('sort');
  return { q: normaliseQuery(params.get('q') ?? ''), filters, sort: SORTS.find((s) => s === sort) ?? 'relevance' };
}

/** The query string for a search ("?q=…&kind=…"), or "" for an empty one. Relevance, the default, is left out. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTER_NAMES) for (const value of state.filters[name] ?? []) params.append(name, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The sort Pagefind is asked for (results without a date drop out of a sorted search), or null for relevance. */
export function pagefindSort(sort: SortOrder): Record<string, 'asc' | 'desc'> | null {
  return sort === 'newest' ? { date: 'desc' } : sort === 'oldest' ? { date: 'asc' } : null;
}
