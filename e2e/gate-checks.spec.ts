/**
 * The browser checks the gates rely on catch what they claim to, on small pages made to fail.
 */
import { expect, test } from '@playwright/test';
import { axeViolations } from './helpers/axe.ts';
import { focusedElement, horizontalOverflow, motion } from './helpers/layout.ts';
import { watchPage } from './helpers/watch-page.ts';

test('horizontalOverflow finds the element that makes a page scroll sideways, and ignores one that scrolls itself', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.setContent(`<main><div class="wrap" style="overflow-x:auto"><table><tr><td style="min-width:900px">wide</td></tr></table></div>
    <pre id="code" style="width:600px">long</pre></main>`);
  const overflow = await horizontalOverflow(page);
  expect(overflow.scrollWidth).toBeGreaterThan(overflow.innerWidth);
  expect(overflow.culprits).toEqual(['pre#code (right edge 608px)']);
});

test('motion reports transitions, animations and smooth scrolling, but not instant ones', async ({ page }) => {
  await page.setContent(`<style>html{scroll-behavior:smooth} a{transition:color .3s} p{transition:color 5ms}
    @keyframes spin{to{transform:rotate(1turn)}} .spin{animation:spin 2s infinite}</style><a href="#">a</a><p>p</p><div class="spin">s</div>`);
  const found = await motion(page);
  expect(found).toContain('html: scroll-behavior: smooth');
  expect(found).toContain('a: transition 0.3s');
  expect(found).toContain('div.spin: animation spin 2s');
  expect(found.some((f) => f.startsWith('p:'))).toBe(false);
});

test('focusedElement tells an outline from none', async ({ page }) => {
  await page.setContent(`<style>#b:focus{outline:none}</style><a id="a" href="#x">with</a> <a id="b" href="#y">without</a>`);
  await page.keyboard.press('Tab');
  expect(await focusedElement(page)).toMatchObject({ tag: 'a', outline: true });
  await page.keyboard.press('Tab');
  expect(await focusedElement(page)).toMatchObject({ tag: 'a', outline: false, boxShadow: false });
});

test('axe reports a WCAG 2.2 AA violation with the element and rule', async ({ page }) => {
  await page.setContent(`<html lang="en"><head><title>t</title></head><body><main><h1>t</h1><p style="color:#999;background:#fff">low contrast</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" ></main></body></html>`);
  const violations = await axeViolations(page);
  expect(violations.map((v) => v.split(' ')[0])).toEqual(['color-contrast', 'image-alt']);
});

test('watchPage records a request to another host (and blocks it) and a CSP violation', async ({ page }) => {
  const watch = await watchPage(page);
  await page.setContent(`<html><head><meta http-equiv="Content-Security-Policy" content="script-src 'self'"></head>
    <body><img src="https://fonts.example.org/x.png" alt="x"><script>document.title = 'ran'</script></body></html>`);
  await page.waitForTimeout(200);
  expect(watch.external).toEqual(['https://fonts.example.org/x.png']);
  expect(await page.title()).not.toBe('ran');
  const reported = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
  expect([...watch.cspViolations, ...reported].join('\n')).toMatch(/script-src|Content Security Policy/);
});
