/**
 * The part of Pagefind's JS API (/pagefind/pagefind.js, https://pagefind.app/docs/api/) the search page uses,
 * typed, and how it is loaded: one module from this site, once, started as early as the page can.
 */
import { indexTag } from '../../lib/search/index-tag.ts';
import type { FilterName } from '../../lib/search/search-facets.ts';
import type { SubResultData } from '../../lib/search/result-parts.ts';

export type Filters = Partial<Record<FilterName, string[]>>;
/** Counts by filter and value: { kind: { Report: 12 } }. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: SubResultData[];
}

export interface SearchResponse {
  results: { id: string; data(): Promise<ResultData> }[];
  /** Counts of the results by filter value (for the filters Pagefind has loaded). */
  filters: FilterCounts;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: { filters?: Filters }): Promise<void>;
  search(term: string, options?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> }): Promise<SearchResponse>;
  /** Loads every filter index: the values and their counts over the whole site. */
  filters(): Promise<FilterCounts>;
}

/** Where Pagefind's bundle is served: by this site, never another host. */
export const BUNDLE_PATH = '/pagefind/';

/**
 * Pagefind's ranking: a match in a page's result line (item and reference, "Resolution 2021/002") counts double a
 * match in its title, so a reference finds its own paper before the pages that mention it.
 */
const OPTIONS = {
  excerptLength: 24,
  ranking: { metaWeights: { title: 5, detail: 10 } },
  // The index and the WebAssembly run in the page: a worker would be one more file and a slower start.
  noWorker: true,
};

/** How many empty searches watch for Pagefind to be ready, and how far apart they start (ms). */
const READY_WATCHERS = 5;
const READY_WATCH_STEP = 10;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves soon after Pagefind is ready to search. Its init() returns before the WebAssembly and the index meta are
 * loaded, and every call made before then waits for them in steps of 50 ms (getPtr in pagefind.js), so a shared
 * link's search started at once would idle 25 ms on average. An empty search returns as soon as Pagefind is ready;
 * five of them started 10 ms apart notice it within about 10 ms, and the real search then starts without waiting.
 */
function whenReady(pagefind: Pagefind): Promise<unknown> {
  return Promise.race(Array.from({ length: READY_WATCHERS }, (_, i) => sleep(i * READY_WATCH_STEP).then(() => pagefind.search(''))));
}

let loading: Promise<Pagefind> | undefined;

/** Load and start Pagefind (once); resolves when it is ready to search, rejects when it cannot load. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${BUNDLE_PATH}pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // The entry file's address as the page preloaded it (src/pages/search/index.astro), so the preload is used.
    const tag = indexTag(document.querySelector('link[data-pagefind-entry]')?.getAttribute('href'));
    await pagefind.options(tag === null ? OPTIONS : { ...OPTIONS, metaCacheTag: tag });
    await pagefind.init();
    await whenReady(pagefind);
    return pagefind;
  })();
  return loading;
}
