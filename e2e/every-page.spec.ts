/**
 * Gates on EVERY page of the built site (every HTML file, plus every page reached from / by links):
 * axe (WCAG 2.2 AA) finds nothing, in the dark colour scheme too where the site offers one; no request leaves
 * the machine; no CSP violation, console error or uncaught exception; the skip link is the first tab stop and
 * takes the keyboard into <main>; and at 320 px wide the page does not scroll sideways. The pages of old addresses,
 * which forward the reader at once, get axe too, held still by serving them without their refresh.
 *
 * Each worker keeps one page open from test to test (helpers/swept-page.ts).
 */
import { expect } from '@playwright/test';
import { axeViolations } from './helpers/axe.ts';
import { focusedElement, horizontalOverflow } from './helpers/layout.ts';
import { allPages, offersDarkMode, reachedPages, redirectPages } from './helpers/site.ts';
import { test } from './helpers/swept-page.ts';

test('the site has pages, and the crawl from / reaches them', () => {
  console.log(
    `every-page gates: ${allPages.length} pages (${reachedPages.size} reached from / by links); dark mode ${offersDarkMode ? 'offered: checked with axe colour contrast' : 'not offered'}.`,
  );
  expect(allPages.length, 'built HTML pages').toBeGreaterThan(0);
  expect(reachedPages.has('/'), 'a home page at /').toBe(true);
});

for (const url of allPages) {
  test(`every-page gates: ${url}`, async ({ swept: { page, watch } }) => {
    const response = await page.goto(url, { waitUntil: 'load' });
    expect(response?.ok(), `${url} is served`).toBe(true);

    expect.soft(await axeViolations(page), `axe on ${url}`).toEqual([]);

    await page.keyboard.press('Tab');
    const first = await focusedElement(page);
    expect.soft(first?.description ?? 'nothing', `first tab stop on ${url} is the skip link`).toMatch(/^<a [^>]*href="#[^"]+"> *Skip/i);
    if (first?.href?.startsWith('#') && /skip/i.test(first.text)) {
      expect.soft(first.onScreen, `skip link on ${url} is visible when focused`).toBe(true);
      const targetIsMain = await page.evaluate((id) => {
        const target = document.getElementById(id);
        return Boolean(target && (target.tagName === 'MAIN' || target.closest('main') || target.querySelector('main')));
      }, first.href.slice(1));
      expect.soft(targetIsMain, `skip link on ${url} points at <main> (${first.href})`).toBe(true);
      await page.keyboard.press('Enter');
      let after = await focusedElement(page);
      if (!after?.isMain) {
        await page.keyboard.press('Tab');
        after = await focusedElement(page);
      }
      expect.soft(after?.isMain || after?.inMain, `after the skip link on ${url}, the keyboard is in <main> (at ${after?.description ?? 'nothing'})`).toBe(true);
    }

    if (offersDarkMode) {
      await page.emulateMedia({ colorScheme: 'dark' });
      expect.soft(await axeViolations(page, ['color-contrast', 'link-in-text-block']), `axe colour contrast, dark mode, on ${url}`).toEqual([]);
      await page.emulateMedia({ colorScheme: 'light' });
    }

    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await horizontalOverflow(page);
    expect.soft(overflow, `${url} at 320 px wide does not scroll sideways`).toMatchObject({ scrollWidth: overflow.innerWidth });

    await watch.expectClean(url);
  });
}

for (const [url, target] of redirectPages) {
  test(`every-page gates: the old address ${url}`, async ({ swept: { page, watch }, request }) => {
    // The page as served, less its <meta http-equiv="refresh">, so that it stays still to be checked.
    const response = await request.get(url);
    expect(response.ok(), `${url} is served`).toBe(true);
    const html = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/i, '');
    await page.route((u) => u.pathname === url, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
    await page.goto(url, { waitUntil: 'load' });
    await expect(page.locator(`main a[href="${target}"]`), `${url} shows a link to ${target}`).toBeVisible();
    expect.soft(await axeViolations(page), `axe on ${url}`).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await horizontalOverflow(page);
    expect.soft(overflow, `${url} at 320 px wide does not scroll sideways`).toMatchObject({ scrollWidth: overflow.innerWidth });
    await watch.expectClean(url);
  });
}
