/**
 * Search (issue 4), in Chromium against the built site and its Pagefind index: a shared address opens on its
 * results; typing searches and keeps the address in step; a filter narrows; a sub-result lands on its numbered
 * paragraph; references find their papers; the keyboard reaches the results; without JavaScript the page says so
 * and the header's form still gets there. axe runs on the page with results showing; nothing loads from another
 * host and the Content-Security-Policy is never violated.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe.ts';
import { watchPage } from './helpers/watch-page.ts';

const results = (page: Page) => page.locator('.search-result-link');
const summary = (page: Page) => page.locator('.search-summary');

/** Wait until the results list shows at least one real result (not a placeholder). */
async function resultsShown(page: Page): Promise<void> {
  await expect(results(page).first()).toBeVisible();
}

test('a shared address opens on its results, and the query stands in the box', async ({ page }) => {
  const watch = await watchPage(page);
  await page.goto('/search/?q=2021%2F002');
  await resultsShown(page);
  await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveValue('2021/002');
  await expect(summary(page)).toContainText(/\d+ results? for 2021\/002/);
  // The resolution's own page comes first; the minutes follow, with a sub-result on the resolution itself.
  await expect(results(page).first()).toHaveAttribute('href', '/decisions/2021-01-11-resolution-2021-002/');
  await expect(page.locator('a.search-result-sub-link[href$="-minutes/#resolution-2021-002"]')).toBeVisible();
  await expect(page).toHaveTitle(/^Search: 2021\/002 – /);
  await expectNoAxeViolations(page, '/search/?q=2021/002');
  await watch.expectClean();
});

test('type a query, narrow by a filter, open a sub-result and land on its paragraph', async ({ page }) => {
  const watch = await watchPage(page);
  await page.goto('/search/');
  await page.getByRole('searchbox', { name: 'Search for' }).fill('carers');
  await resultsShown(page);
  await expect(page).toHaveURL(/\/search\/\?q=carers$/);

  const report = page.getByRole('checkbox', { name: /^Report/ });
  if (!(await report.isVisible())) await page.getByText('Kind', { exact: true }).click();
  await report.check();
  await expect(page).toHaveURL(/[?&]kind=Report(&|$)/);
  await resultsShown(page);
  for (const kind of await page.locator('.search-result-kind').allTextContents()) expect(kind).toBe('Report');
  await expectNoAxeViolations(page, '/search/?q=carers&kind=Report');

  const sub = page.locator('a.search-result-sub-link').filter({ hasText: /^Paragraph / }).first();
  const href = await sub.getAttribute('href');
  expect(href).toMatch(/^\/documents\/[^#]+\/#p-[\d-]+$/);
  await sub.click();
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[/.]/g, '\\$&')}$`));
  const paragraph = page.locator(`[id="${href!.split('#')[1]}"]`);
  await expect(paragraph).toBeInViewport();
  await expect(paragraph).toContainText(/carers/i);
  await watch.expectClean();
});

test('a shared address keeps its filter and order, and the filter shows as chosen', async ({ page }) => {
  await page.goto('/search/?q=care&kind=Minutes&sort=oldest');
  await resultsShown(page);
  await expect(page.getByRole('checkbox', { name: /^Minutes/ })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Order' })).toHaveValue('oldest');
  for (const kind of await page.locator('.search-result-kind').allTextContents()) expect(kind).toBe('Minutes');

  await page.getByRole('combobox', { name: 'Order' }).selectOption('newest');
  await expect(page).toHaveURL(/[?&]sort=newest(&|$)/);
  await expect(page).toHaveURL(/[?&]kind=Minutes(&|$)/);
});

test('references find their own papers: a report reference, a resolution number, an abbreviation', async ({ page }) => {
  await page.goto('/search/?q=ASCPH506');
  await resultsShown(page);
  await expect(results(page).first()).toHaveAttribute('href', '/documents/2017-11-13-adult-social-care-and-public-health-committee-item-4/');

  await page.goto('/search/?q=STP&kind=Glossary');
  await resultsShown(page);
  await expect(results(page).first()).toHaveAttribute('href', '/glossary/');
  await expect(page.locator('a.search-result-sub-link[href="/glossary/#stp"]')).toBeVisible();
});

/** Record, in the page, every message the results summary (a live region, role=status) holds. */
const RECORD_ANNOUNCEMENTS = `(() => {
  window.__announced = [];
  new MutationObserver(() => {
    for (const region of document.querySelectorAll('[role="status"].search-summary')) {
      const text = region.textContent.trim();
      if (text && window.__announced.at(-1) !== text) window.__announced.push(text);
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
})()`;

test('the results are announced, and the down arrow moves from the box to the first result', async ({ page }) => {
  await page.addInitScript({ content: RECORD_ANNOUNCEMENTS });
  await page.goto('/search/');
  const box = page.getByRole('searchbox', { name: 'Search for' });
  await box.fill('Bassetlaw');
  await box.press('Enter');
  await resultsShown(page);
  await expect.poll(() => page.evaluate(() => (window as unknown as { __announced: string[] }).__announced)).toContainEqual(expect.stringMatching(/^\d+ results? for Bassetlaw$/));
  await box.focus();
  await box.press('ArrowDown');
  await expect(results(page).first()).toBeFocused();
  await box.focus();
  await box.press('Escape');
  await expect(box).toHaveValue('');
  await expect(page).toHaveURL(/\/search\/$/);
});

test('the index leaves page chrome out: boilerplate finds nothing', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('"link to this paragraph"')}`);
  await expect(summary(page)).toContainText(/No results for/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header form on any page reaches /search/?q=…, which says search needs JavaScript and points to the lists', async ({ page }) => {
    await page.goto('/documents/');
    const header = page.getByRole('search', { name: 'Site' });
    await header.getByRole('searchbox', { name: 'Search the papers' }).fill('Better Together');
    await header.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=Better\+Together$/);
    await expect(page.getByText('Search needs JavaScript, which is off in your browser.')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'the timeline' })).toHaveAttribute('href', '/timeline/');
    await expect(page.locator('[data-search-ui]')).toBeHidden();
    // (axe needs JavaScript to run: e2e/every-page.spec.ts checks /search/ with it.)
  });
});

test('a first search loads no filter index; opening a filter loads them and offers each value with its count', async ({ page }) => {
  const filterRequests: string[] = [];
  page.on('request', (r) => void (r.url().includes('/pagefind/filter/') && filterRequests.push(r.url())));
  await page.goto('/search/?q=Bassetlaw');
  await resultsShown(page);
  await page.waitForLoadState('networkidle');
  expect(filterRequests).toEqual([]);
  await page.getByText('Year', { exact: true }).click();
  await expect(page.getByRole('group', { name: 'Year' }).getByRole('checkbox', { name: /^2021 \(\d+\)$/ })).toBeVisible();
  expect(filterRequests.length).toBeGreaterThan(0);
});

// Letters swapped at both ends: Pagefind finds nothing at all.
test('a misspelt search that finds nothing offers near spellings that find something', async ({ page }) => {
  const watch = await watchPage(page);
  await page.goto('/search/?q=aprtnershisp');
  await expect(summary(page)).toHaveText('No results for aprtnershisp');
  const offer = page.locator('.search-suggestions').getByRole('link', { name: 'partnership', exact: true });
  await expect(offer).toHaveAttribute('href', '/search/?q=partnership');
  await offer.click();
  await resultsShown(page);
  await expect(page).toHaveURL(/\/search\/\?q=partnership$/);
  await expect(summary(page)).toContainText(/\d+ results? for partnership/);
  await expectNoAxeViolations(page, '/search/?q=aprtnershisp → partnership');
  await watch.expectClean();
});

// Pagefind's fuzzy matching fills "Basetlaw" with unrelated pages (outcomes-based payment); the page says what was meant.
test('a misspelt word that still finds pages offers the word the papers use; a correct word offers nothing', async ({ page }) => {
  const watch = await watchPage(page);
  await page.goto('/search/?q=Basetlaw');
  await resultsShown(page);
  const offer = page.locator('.search-suggestions').getByRole('link', { name: 'Bassetlaw', exact: true });
  await expect(offer).toHaveAttribute('href', '/search/?q=Bassetlaw');
  await expectNoAxeViolations(page, '/search/?q=Basetlaw with a suggestion');
  await offer.click();
  await expect(page).toHaveURL(/\/search\/\?q=Bassetlaw$/);
  await expect(summary(page)).toContainText(/\d+ results? for Bassetlaw/);
  await expect(page.locator('.search-results').getByRole('link', { name: /Bassetlaw/ }).first()).toBeVisible();

  await page.goto('/search/?q=dementia');
  await resultsShown(page);
  await expect(summary(page)).toContainText(/\d+ results? for dementia/);
  await expect(page.locator('.search-suggestions')).toHaveAttribute('data-checked', 'dementia');
  await expect(page.locator('.search-suggestions')).toBeHidden();
  await watch.expectClean();
});
