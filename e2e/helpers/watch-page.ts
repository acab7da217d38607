/**
 * Watch a page for what must never happen on this site: a request to another host, a Content-Security-Policy
 * violation, a console error or an uncaught exception. Requests to other hosts are aborted, so that a test never
 * waits on the closed network, and recorded.
 */
import { expect, type Page } from '@playwright/test';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export interface PageWatch {
  external: string[];
  cspViolations: string[];
  consoleErrors: string[];
  pageErrors: string[];
  /** Assert (softly) that nothing was recorded. */
  expectClean(label?: string): Promise<void>;
  /** Forget what was recorded: for a page kept open from one test to the next. */
  reset(): void;
}

/** Start watching a page; call before the first navigation. */
export async function watchPage(page: Page): Promise<PageWatch> {
  const watch: PageWatch = {
    external: [],
    cspViolations: [],
    consoleErrors: [],
    pageErrors: [],
    async expectClean(label = page.url()) {
      const reported = await page
        .evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
        .catch(() => []);
      const csp = [...new Set([...watch.cspViolations, ...reported])];
      expect.soft(watch.external, `requests to other hosts from ${label}`).toEqual([]);
      expect.soft(csp, `CSP violations on ${label}`).toEqual([]);
      expect.soft(watch.consoleErrors, `console errors on ${label}`).toEqual([]);
      expect.soft(watch.pageErrors, `uncaught exceptions on ${label}`).toEqual([]);
    },
    reset() {
      for (const list of [watch.external, watch.cspViolations, watch.consoleErrors, watch.pageErrors]) list.length = 0;
    },
  };
  await page.context().route(
    (url) => url.protocol !== 'data:' && url.protocol !== 'blob:' && !LOCAL_HOSTS.has(url.hostname),
    async (route) => {
      watch.external.push(route.request().url());
      await route.abort('blockedbyclient');
    },
  );
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (text.includes('ERR_BLOCKED_BY_CLIENT')) return; // our own abort of a request to another host, recorded above
    if (/Content[- ]Security[- ]Policy/i.test(text)) watch.cspViolations.push(text);
    else watch.consoleErrors.push(text);
  });
  page.on('pageerror', (error) => watch.pageErrors.push(error.message));
  await page.addInitScript(() => {
    const store: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = store;
    document.addEventListener('securitypolicyviolation', (e) => {
      store.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile || 'page'}:${e.lineNumber})`);
    });
  });
  return watch;
}
