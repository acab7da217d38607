/**
 * The part of Pagefind's Component UI (window.PagefindComponents, from /pagefind/pagefind-component-ui.js) that the
 * search page uses, typed, and how it is loaded: one classic script from this site, once, on demand.
 */
import type { FilterName } from '../../lib/search/search-facets.ts';

export type Filters = Partial<Record<FilterName, string[]>>;

/** A search instance: the components on the page register with it, and it runs the searches. */
export interface PagefindInstance {
  searchTerm: string;
  searchFilters: Filters;
  /** Pagefind's sort ({ date: 'desc' }), or undefined for relevance. */
  searchSort: Record<string, 'asc' | 'desc'> | undefined;
  triggerSearchWithFilters(term: string, filters: Filters): void;
  triggerLoad(): Promise<void>;
  /** Register an element as a search input, so the results' keyboard shortcuts (type to search) come back to it. */
  registerInput(component: HTMLElement, capabilities: { keyboardNavigation: boolean }): void;
  /** Move focus to the first result after `from`; false when there is none. */
  focusNextResults(from: Element): boolean;
  on(event: 'search', callback: (term: string, filters: Filters) => void): void;
  on(event: 'error', callback: (error: { message?: string }) => void): void;
  on(event: 'results', callback: (results: { results: unknown[] }) => void): void;
}

export interface PagefindComponents {
  getInstanceManager(): { getInstance(name?: string): PagefindInstance };
  configureInstance(name: string, options: Record<string, unknown>): PagefindInstance;
}

declare global {
  interface Window {
    PagefindComponents?: PagefindComponents;
  }
}

/** Where Pagefind's bundle is served: by this site, never another host. */
export const BUNDLE_PATH = '/pagefind/';

let loading: Promise<PagefindComponents> | undefined;

/** Load the Component UI script (once) and resolve with its API; rejects when it cannot load. */
export function loadPagefindComponents(doc: Document = document): Promise<PagefindComponents> {
  loading ??= new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    script.src = `${BUNDLE_PATH}pagefind-component-ui.js`;
    script.addEventListener('load', () => (window.PagefindComponents ? resolve(window.PagefindComponents) : reject(new Error('Pagefind Component UI did not start'))));
    script.addEventListener('error', () => reject(new Error(`Could not load ${script.src}`)));
    doc.head.append(script);
  });
  return loading;
}
