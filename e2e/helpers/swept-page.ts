/**
 * `test` with `swept`: one browser page per worker, kept open from test to test and watched from the start (no
 * request to another host, no CSP violation, console error or uncaught exception). Each test gets it back at the
 * default size, on screen media, light and with motion, with the watch emptied and any route of the test before gone.
 * Opening a new page per URL compiled axe (and the page's scripts) afresh each time: keeping one made the every-page
 * sweep 40 % faster (docs/testing.md).
 */
import { test as base, type Page } from '@playwright/test';
import { watchPage, type PageWatch } from './watch-page.ts';

export interface SweptPage {
  page: Page;
  watch: PageWatch;
}

export const test = base.extend<{ swept: SweptPage }, { sweepPage: SweptPage }>({
  sweepPage: [
    async ({ browser }, use) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await use({ page, watch: await watchPage(page) });
      await context.close();
    },
    { scope: 'worker' },
  ],
  swept: async ({ sweepPage, viewport }, use) => {
    const { page, watch } = sweepPage;
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.setViewportSize(viewport ?? { width: 1280, height: 720 });
    await page.emulateMedia({ colorScheme: 'light', media: 'screen', reducedMotion: 'no-preference' });
    watch.reset();
    await use(sweepPage);
  },
});
