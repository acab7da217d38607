/**
 * The search page in the browser, on Pagefind's JS API. The form (#search-form) is the one input: typing searches
 * after a pause, Enter searches at once, the down arrow moves to the results (and on between them), Escape clears.
 * The summary ("12 results for carers") is a live region, so the count is announced. The address always holds
 * the search (?q=…&kind=…&sort=…), so it can be shared; a shared address starts its search before anything else.
 * Only the first results' data are fetched; "Show more results" fetches the next. A search that finds nothing, or
 * that has a word the papers never use, offers near spellings ("Did you mean …?") that do find something.
 */
import { suggestQueries, unknownWords } from '../../lib/search/did-you-mean.ts';
import { resultsSummary } from '../../lib/search/result-parts.ts';
import { normaliseQuery, pagefindSort, readSearchState, SORTS, worthPreloading, writeSearchState, type SearchState, type SortOrder } from '../../lib/search/search-state.ts';
import { SITE_NAME } from '../../lib/site/site.ts';
import { loadPagefind, type Filters, type Pagefind, type SearchResponse } from './pagefind-api.ts';
import { FilterPane } from './search-filters.ts';
import { resultItem } from './search-results.ts';

/** How long typing must pause before a search runs, in ms. */
const TYPING_PAUSE = 250;
/** Results drawn at once; "Show more results" draws as many again. */
const PAGE_SIZE = 8;
/** Where the order and filters sit beside the results (search.css lays the page out in two columns from here). */
const WIDE_SCREEN = '(min-width: 64em)';

/** The page title for a search, as history and the tab show it. */
export function searchTitle(q: string): string {
  return q ? `Search: ${q} – ${SITE_NAME}` : `Search – ${SITE_NAME}`;
}

function element<T extends Element>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (found === null) throw new Error(`search page: no ${selector}`);
  return found;
}

const hasFilters = (filters: Filters): boolean => Object.keys(filters).length > 0;

function runSearch(pagefind: Pagefind, state: SearchState): Promise<SearchResponse> {
  const sort = pagefindSort(state.sort);
  return pagefind.search(state.q, { filters: state.filters, ...(sort ? { sort } : {}) });
}

let vocabulary: Promise<string[]> | undefined;
const loadVocabulary = (): Promise<string[]> =>
  (vocabulary ??= fetch('/pagefind-vocab.json').then(
    (r) => (r.ok ? (r.json() as Promise<string[]>) : []),
    () => [],
  ));

/** Wire up the search page. */
export function startSearchPage(): void {
  const initial = readSearchState(new URLSearchParams(location.search));
  // First of all: start the engine, and a shared address's search, while the rest of the page is wired up.
  const engine = loadPagefind();
  const firstSearch = initial.q ? engine.then((pagefind) => runSearch(pagefind, initial)) : null;
  firstSearch?.catch(() => undefined);

  const form = element<HTMLFormElement>('#search-form');
  const input = element<HTMLInputElement>('#search-q');
  const sort = element<HTMLSelectElement>('#search-sort');
  const ui = element<HTMLElement>('[data-search-ui]');
  const failed = element<HTMLElement>('[data-search-failed]');
  const narrow = element<HTMLDetailsElement>('[data-search-narrow]');
  const summary = element<HTMLElement>('[data-search-summary]');
  const suggestions = element<HTMLElement>('[data-search-suggestions]');
  const list = element<HTMLOListElement>('[data-search-results]');
  const more = element<HTMLButtonElement>('[data-search-more]');

  input.value = initial.q;
  sort.value = initial.sort;
  ui.hidden = false;
  // search.css hides this note where the browser says scripts run; browsers too old to say so need telling.
  document.querySelector<HTMLElement>('.search-without-scripts')?.setAttribute('hidden', '');
  narrow.open = window.matchMedia(WIDE_SCREEN).matches || hasFilters(initial.filters) || initial.sort !== 'relevance';
  document.title = searchTitle(initial.q);

  let filters: Filters = initial.filters;
  let searchId = 0;
  let pending: SearchResponse['results'] = [];

  const fail = () => {
    ui.hidden = true;
    failed.hidden = false;
  };
  const currentSort = (): SortOrder => SORTS.find((s) => s === sort.value) ?? 'relevance';
  const state = (): SearchState => ({ q: normaliseQuery(input.value), filters, sort: currentSort() });
  const remember = (s: SearchState) => {
    history.replaceState(history.state, '', `${location.pathname}${writeSearchState(s)}`);
    document.title = searchTitle(s.q);
  };

  const pane = new FilterPane(element<HTMLElement>('[data-search-filters]'), (chosen) => {
    filters = chosen;
    void search();
  });
  let lastCounts: SearchResponse['filters'] = {};
  const loadFilters = async () => {
    if (pane.isLoaded) return;
    const pagefind = await engine;
    pane.draw(await pagefind.filters(), filters);
    if (state().q) pane.count(lastCounts);
  };
  for (const group of pane.groups()) group.addEventListener('toggle', () => group.open && void loadFilters().catch(fail));

  /** Draw the next PAGE_SIZE of the pending results; returns the first new link. */
  const drawMore = async (id: number): Promise<HTMLAnchorElement | null> => {
    const page = pending.slice(0, PAGE_SIZE);
    const data = await Promise.all(page.map((r) => r.data()));
    if (id !== searchId) return null;
    pending = pending.slice(PAGE_SIZE);
    const items = data.map(resultItem);
    list.append(...items);
    more.hidden = pending.length === 0;
    return items[0]?.querySelector('a') ?? null;
  };

  const offerSpellings = async (pagefind: Pagefind, s: SearchState, id: number) => {
    const candidates = suggestQueries(s.q, await loadVocabulary());
    const found: { q: string; count: number }[] = [];
    for (const q of candidates) {
      const count = (await runSearch(pagefind, { ...s, q })).results.length;
      if (count > 0) found.push({ q, count });
    }
    if (id !== searchId || found.length === 0) return;
    const p = document.createElement('p');
    p.append('Did you mean ');
    found.forEach(({ q, count }, i) => {
      if (i > 0) p.append(i === found.length - 1 ? ' or ' : ', ');
      const a = document.createElement('a');
      a.href = `/search/${writeSearchState({ ...s, q })}`;
      a.textContent = q;
      a.dataset['suggestion'] = q;
      p.append(a, ` (${resultsSummary(count, q).split(' for ')[0]})`);
    });
    p.append('?');
    suggestions.replaceChildren(p);
    suggestions.hidden = false;
  };

  const show = async (id: number, s: SearchState, response: SearchResponse, pagefind: Pagefind) => {
    pending = response.results;
    lastCounts = response.filters;
    // All the first results' data are asked for at once; each is drawn, in order, as soon as it and those above it
    // have come, so the first result shows without waiting for the eighth.
    const data = pending.slice(0, PAGE_SIZE).map((r) => r.data());
    pending = pending.slice(PAGE_SIZE);
    let cleared = false;
    for (const next of data) {
      const item = resultItem(await next);
      if (id !== searchId) return;
      if (!cleared) list.replaceChildren();
      cleared = true;
      list.append(item);
    }
    if (!cleared) list.replaceChildren();
    more.hidden = pending.length === 0;
    list.removeAttribute('aria-busy');
    summary.textContent = resultsSummary(response.results.length, s.q);
    suggestions.hidden = true;
    suggestions.replaceChildren();
    if (pane.isLoaded) pane.count(response.filters);
    // Near spellings when nothing was found, or when a word of the query is one the papers never use (the results
    // are then Pagefind's guesses). The vocabulary is fetched only now, after the results are drawn.
    if (response.results.length === 0 || unknownWords(s.q, await loadVocabulary()).length > 0) await offerSpellings(pagefind, s, id);
    // Says the spelling check for this search is over (shown or not): the tests wait for it.
    if (id === searchId) suggestions.dataset['checked'] = s.q;
  };

  const search = async (first?: Promise<SearchResponse> | null) => {
    const id = ++searchId;
    const s = state();
    remember(s);
    if (!s.q) {
      list.replaceChildren();
      summary.textContent = '';
      suggestions.hidden = true;
      more.hidden = true;
      return;
    }
    list.setAttribute('aria-busy', 'true');
    try {
      const pagefind = await engine;
      const response = await (first ?? runSearch(pagefind, s));
      if (id === searchId) await show(id, s, response, pagefind);
    } catch {
      fail();
    }
  };

  let pause: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(pause);
    const q = normaliseQuery(input.value);
    if (worthPreloading(q)) void engine.then((pagefind) => pagefind.preload(q, { filters })).catch(() => undefined);
    pause = window.setTimeout(() => void search(), TYPING_PAUSE);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      list.querySelector<HTMLAnchorElement>('.search-result-link')?.focus();
      event.preventDefault();
    } else if (event.key === 'Escape' && input.value !== '') {
      input.value = '';
      window.clearTimeout(pause);
      void search();
      event.preventDefault();
    }
  });
  // Up and down move between the results' titles; up from the first goes back to the box.
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('.search-result-link')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    const next = event.key === 'ArrowDown' ? links[at + 1] : (links[at - 1] ?? input);
    next?.focus();
    event.preventDefault();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(pause);
    void search();
  });
  sort.addEventListener('change', () => void search());
  more.addEventListener('click', () => void drawMore(searchId).then((link) => link?.focus()));
  suggestions.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-suggestion]');
    if (link === null) return;
    event.preventDefault();
    input.value = link.dataset['suggestion'] ?? '';
    void search();
    input.focus();
  });

  engine.catch(fail);
  if (hasFilters(initial.filters)) void loadFilters().catch(fail);
  if (initial.q) void search(firstSearch);
}
