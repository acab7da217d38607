/**
 * Gates on one page of each type (the largest: where layouts break first), for what axe cannot see:
 * a visible focus indicator on every tab stop, text at 200 % without sideways scrolling, reduced motion respected,
 * and (on a report) a print view without navigation that shows the page's address.
 */
import { expect } from '@playwright/test';
import { test } from './helpers/swept-page.ts';
import { focusedElement, horizontalOverflow, motion } from './helpers/layout.ts';
import { pagesByType, reportPage } from './helpers/site.ts';

/** How many tab stops to check for a visible focus indicator on each page. */
const TAB_STOPS = 40;

test('every page type has a representative page', () => {
  console.log(`page-type gates: ${pagesByType.size} page types: ${[...pagesByType].map(([type, url]) => `${type} ${url}`).join(', ')}`);
  expect(pagesByType.size).toBeGreaterThan(0);
});

for (const [type, url] of pagesByType) {
  test.describe(`${type} (${url})`, () => {
    test('every tab stop shows a visible focus indicator', async ({ swept: { page } }) => {
      await page.goto(url);
      const missing: string[] = [];
      const seen = new Set<string>();
      for (let i = 0; i < TAB_STOPS; i += 1) {
        await page.keyboard.press('Tab');
        const focused = await focusedElement(page);
        if (focused === null) break; // back to the top: every stop visited
        if (seen.has(focused.description)) break;
        seen.add(focused.description);
        if (!focused.outline && !focused.boxShadow) missing.push(`${focused.description} (outline: ${focused.outlineDescription})`);
        else if (!focused.onScreen) missing.push(`${focused.description} is off screen when focused`);
      }
      expect(seen.size, `tab stops on ${url}`).toBeGreaterThan(0);
      expect(missing, `tab stops on ${url} without a visible focus indicator`).toEqual([]);
    });

    test('text at 200 % grows and does not make the page scroll sideways', async ({ swept: { page } }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(url);
      const before = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main') ?? document.body).fontSize));
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      const after = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main') ?? document.body).fontSize));
      expect.soft(after, `text in <main> of ${url} follows the reader's text size (was ${before}px)`).toBeGreaterThanOrEqual(before * 1.9);
      const overflow = await horizontalOverflow(page);
      expect(overflow, `${url} with text at 200 % does not scroll sideways`).toMatchObject({ scrollWidth: overflow.innerWidth });
    });

    test('with reduced motion, nothing moves for longer than 0.01 s', async ({ swept: { page } }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(url);
      expect(await motion(page), `motion on ${url} with prefers-reduced-motion: reduce`).toEqual([]);
    });
  });
}

test('a report prints without navigation, and with its address', async ({ swept: { page } }) => {
  expect(reportPage, 'a report page is built').not.toBeNull();
  await page.goto(reportPage!);
  await page.emulateMedia({ media: 'print' });
  const shown = await page.evaluate(() => {
    const visible = (el: Element) => {
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      return style.display !== 'none' && style.visibility !== 'hidden' && rect.width > 0 && rect.height > 0;
    };
    const navs = [...document.querySelectorAll('nav, [role="navigation"], .skip, a[href="#main"]')]
      .filter(visible)
      .map((el) => `<${el.tagName.toLowerCase()}${el.getAttribute('aria-label') ? ` aria-label="${el.getAttribute('aria-label')}"` : ''}${el.className ? ` class="${el.className}"` : ''}>`);
    const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
    const text = document.body.innerText;
    const inPseudo = [...document.querySelectorAll('body *')].some((el) =>
      ['::before', '::after'].some((p) => getComputedStyle(el, p).content.includes(canonical)),
    );
    return { navs, canonical, showsUrl: text.includes(canonical) || inPseudo };
  });
  expect.soft(shown.navs, `navigation shown when ${reportPage} is printed`).toEqual([]);
  expect.soft(shown.showsUrl, `the printed ${reportPage} shows its address ${shown.canonical}`).toBe(true);
});
