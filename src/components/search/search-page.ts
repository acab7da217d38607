/**
 * The search page in the browser. The form (#search-form) is the one input: typing searches after a pause,
 * Enter searches at once, the down arrow moves to the results, Escape clears. Pagefind's Component UI shows the
 * summary, the results (announced to screen readers) and the filters. The address always holds the search
 * (?q=…&kind=…&sort=…), so it can be shared; a shared address opens on its results.
 */
import { normaliseQuery, pagefindSort, readSearchState, SORTS, writeSearchState, type SearchState, type SortOrder } from '../../lib/search/search-state.ts';
import { SITE_NAME } from '../../lib/site/site.ts';
import { loadPagefindComponents, type PagefindInstance } from './pagefind-components.ts';

/** How long typing must pause before a search runs, in ms. */
const TYPING_PAUSE = 250;

/**
 * Pagefind's ranking: a match in a page's result line (item and reference, "Resolution 2021/002") counts double a
 * match in its title, so a reference finds its own paper before the pages that mention it.
 */
const RANKING = { metaWeights: { title: 5, detail: 10 } };

/** Where the filters sit beside the results (search.css lays the page out in two columns from here). */
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

/** Wire up the search page. */
export function startSearchPage(): void {
  const form = element<HTMLFormElement>('#search-form');
  const input = element<HTMLInputElement>('#search-q');
  const sort = element<HTMLSelectElement>('#search-sort');
  const ui = element<HTMLElement>('[data-search-ui]');
  const failed = element<HTMLElement>('[data-search-failed]');
  const narrow = element<HTMLDetailsElement>('[data-search-narrow]');

  const initial = readSearchState(new URLSearchParams(location.search));
  input.value = initial.q;
  sort.value = initial.sort;
  ui.hidden = false;
  // search.css hides this note where the browser says scripts run; browsers too old to say so need telling.
  document.querySelector<HTMLElement>('.search-without-scripts')?.setAttribute('hidden', '');
  // The filters stand open beside the results on a wide screen, and whenever the address chose some.
  narrow.open = window.matchMedia(WIDE_SCREEN).matches || Object.keys(initial.filters).length > 0 || initial.sort !== 'relevance';
  document.title = searchTitle(initial.q);

  let started: Promise<PagefindInstance | null> | undefined;
  const fail = () => {
    ui.hidden = true;
    failed.hidden = false;
  };

  /** Load the Component UI and join our form to its instance (once). */
  const start = (): Promise<PagefindInstance | null> => {
    started ??= loadPagefindComponents().then(
      (components) => {
        components.configureInstance('default', { excerptLength: 24, ranking: RANKING });
        const instance = components.getInstanceManager().getInstance('default');
        instance.registerInput(form, { keyboardNavigation: true });
        instance.searchSort = pagefindSort(currentSort()) ?? undefined;
        instance.on('search', (term, filters) => remember({ q: term, filters, sort: currentSort() }));
        instance.on('error', fail);
        return instance;
      },
      () => {
        fail();
        return null;
      },
    );
    return started;
  };

  const currentSort = (): SortOrder => SORTS.find((s) => s === sort.value) ?? 'relevance';

  const remember = (state: SearchState) => {
    history.replaceState(history.state, '', `${location.pathname}${writeSearchState(state)}`);
    document.title = searchTitle(state.q);
  };

  const search = async (filters?: SearchState['filters']) => {
    const instance = await start();
    if (instance === null) return;
    instance.searchSort = pagefindSort(currentSort()) ?? undefined;
    instance.triggerSearchWithFilters(normaliseQuery(input.value), filters ?? instance.searchFilters ?? {});
  };

  let pause: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(pause);
    pause = window.setTimeout(() => void search(), TYPING_PAUSE);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      void start().then((instance) => instance?.focusNextResults(input));
      event.preventDefault();
    } else if (event.key === 'Escape' && input.value !== '') {
      input.value = '';
      window.clearTimeout(pause);
      void search();
      event.preventDefault();
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(pause);
    void search();
  });
  sort.addEventListener('change', () => void search());

  if (initial.q || Object.keys(initial.filters).length > 0) void search(initial.filters);
  // Searching is what this page is for: load the engine now, so the first query waits only for its own words.
  else void start().then((instance) => instance?.triggerLoad());
}
