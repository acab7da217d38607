/**
 * One first query in Chromium, from a cold cache: the bytes it moves (as the network reports them, compressed,
 * headers included) and the time from the reader's first action to the first result on screen.
 */
import type { Browser, Page } from '@playwright/test';
import { isSearchRequest, type QueryRun } from './summarise.ts';

declare global {
  interface Window {
    __benchFirstResult?: number;
    __benchEnter?: number;
  }
}

/**
 * In the page: note the time (performance.now()) the first result link appears. A string, not a function: tsx
 * would wrap a function's source in helpers the page does not have.
 */
const WATCH_FIRST_RESULT = `(() => {
  const seen = () => document.querySelector('.search-result-link') !== null;
  const done = () => { window.__benchFirstResult ??= performance.now(); };
  if (seen()) return done();
  new MutationObserver((_, observer) => {
    if (seen()) { done(); observer.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
})()`;

/** In the page: note the time the reader presses Enter in the search box (before the page's own handlers run). */
const WATCH_ENTER = `document.addEventListener('keydown', (event) => {
  if (event.key === 'Enter') window.__benchEnter ??= performance.now();
}, { capture: true })`;

/** Resolve once `pending()` has been 0 for `quietMs` without a break. */
async function waitForQuiet(pending: () => number, quietMs: number): Promise<void> {
  let quietSince = performance.now();
  for (;;) {
    await new Promise((r) => setTimeout(r, 50));
    if (pending() > 0) quietSince = performance.now();
    else if (performance.now() - quietSince >= quietMs) return;
  }
}

/** Run one first query in a fresh browser context (empty cache) and measure it. */
export async function measureQuery(browser: Browser, baseURL: string, scenario: QueryRun['scenario'], query: string): Promise<QueryRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const bytes = { page: 0, search: 0 };
  const sizes: Promise<void>[] = [];
  let inFlight = 0;
  context.on('request', () => (inFlight += 1));
  context.on('requestfailed', () => (inFlight -= 1));
  context.on('requestfinished', (request) => {
    inFlight -= 1;
    sizes.push(
      request.sizes().then(
        (s) => {
          bytes[isSearchRequest(request.url()) ? 'search' : 'page'] += s.responseBodySize + s.responseHeadersSize;
        },
        () => undefined,
      ),
    );
  });
  try {
    const page: Page = await context.newPage();
    let firstResultMs: number;
    if (scenario === 'link') {
      await page.addInitScript({ content: WATCH_FIRST_RESULT });
      await page.goto(`${baseURL}/search/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(() => window.__benchFirstResult !== undefined, null, { timeout: 15_000 });
      firstResultMs = await page.evaluate(() => window.__benchFirstResult!);
    } else {
      // The query is put in the box at once (one input event, as a paste) and the clock starts when the reader presses
      // Enter: the time a reader takes to type is theirs, not the search's. (Typing it key by key through Playwright
      // costs 10-20 ms a key on this machine, which made long queries look slow.)
      await page.goto(`${baseURL}/search/`, { waitUntil: 'networkidle' });
      await page.evaluate(WATCH_FIRST_RESULT);
      await page.evaluate(WATCH_ENTER);
      await page.fill('#search-q', query);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => window.__benchFirstResult !== undefined, null, { timeout: 15_000 });
      firstResultMs = await page.evaluate(() => window.__benchFirstResult! - window.__benchEnter!);
    }
    // Everything the first query moves: wait until the page has finished with this search (the spelling check is
    // its last step, search-page.ts) and the network has been quiet for half a second.
    await page.waitForSelector(`[data-search-suggestions][data-checked="${query.replace(/["\\]/g, '\\$&')}"]`, { state: 'attached', timeout: 15_000 });
    await waitForQuiet(() => inFlight, 500);
    await Promise.all(sizes);
    return { scenario, query, pageBytes: bytes.page, searchBytes: bytes.search, firstResultMs };
  } finally {
    await context.close();
  }
}
