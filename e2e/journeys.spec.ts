/**
 * The reader journeys of issue 2 (foundation), against the built site: home → a report → a numbered paragraph by its
 * anchor (by mouse and by keyboard only), and the meeting of 8 February 2021 → each of its reports. What only a journey
 * can show: the links lead where they say, in order. Every page these journeys pass is checked with axe, once, by
 * e2e/every-page.spec.ts.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { focusedElement } from './helpers/layout.ts';
import { watchPage } from './helpers/watch-page.ts';

/** A report's URL: date-first id naming its agenda item, not an appendix. */
const REPORT_URL = /^\/documents\/\d{4}-\d{2}-\d{2}-[a-z0-9-]+-item-[a-z0-9]+\/$/;

const MEETING = '/meetings/2021-02-08-adult-social-care-and-public-health-committee/';
const PACK = '2021-02-08-adult-social-care-and-public-health-committee';
/** What the agenda pack of 8 February 2021 holds (issue 2, "split"). */
const TABLED = {
  agenda: `${PACK}-agenda`,
  minutes: '2021-01-11-adult-social-care-and-public-health-committee-minutes',
  reports: [4, 5, 6, 7, 8, 9].map((n) => `${PACK}-item-${n}`),
  appendices: [`${PACK}-item-6-appendix-1`, `${PACK}-item-6-appendix-2`],
};

/** The first link in `scope` whose href is a report's URL, or null. */
async function firstReportLink(scope: Locator): Promise<Locator | null> {
  const links = scope.getByRole('link');
  const count = await links.count();
  for (let i = 0; i < count; i += 1) {
    const href = await links.nth(i).getAttribute('href');
    if (href && REPORT_URL.test(href)) return links.nth(i);
  }
  return null;
}

/** A link in main to the document with this id. */
/** A link to a document within the meeting page's "Papers tabled" section. */
function tabledLink(page: Page, id: string): Locator {
  return page.getByRole('region', { name: 'Papers tabled' }).getByRole('link').and(page.locator(`[href="/documents/${id}/"]`));
}

/** The numbered paragraphs of the report in view, as their ids (p-1, p-1-13…). */
async function paragraphIds(page: Page): Promise<string[]> {
  return page.locator('main [id^="p-"]').evaluateAll((els) => els.map((el) => el.id).filter((id) => /^p-\d+(-\d+)*$/.test(id)));
}

test('home → a report → a numbered paragraph by its anchor', async ({ page }) => {
  const watch = await watchPage(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  let report = await firstReportLink(page.getByRole('main'));
  if (report === null) {
    // Home may point to the documents list rather than to a report itself.
    await page.getByRole('link', { name: /^(all )?(documents|reports|papers)$/i }).first().click();
    report = await firstReportLink(page.getByRole('main'));
  }
  expect(report, 'a link to a report from home, or from the documents list it links to').not.toBeNull();
  const href = (await report!.getAttribute('href'))!;
  await report!.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const ids = await paragraphIds(page);
  expect(ids.length, `numbered paragraphs on ${href}`).toBeGreaterThan(2);
  const id = ids[Math.min(ids.length - 1, Math.floor(ids.length / 2))]!;
  const paragraph = page.locator(`#${id}`);
  const permalink = paragraph.getByRole('link').and(page.locator(`[href$="#${id}"]`)).first();
  await permalink.scrollIntoViewIfNeeded();
  await permalink.click();
  await expect(page).toHaveURL(new RegExp(`${href}#${id}$`));
  await expect(page.locator(':target')).toHaveAttribute('id', id);
  await expect(page.locator(':target')).toBeInViewport();

  // Arriving from an email: the link straight to the paragraph.
  await page.goto(`${href}#${id}`);
  await expect(page.locator(':target')).toHaveAttribute('id', id);
  await expect(page.locator(':target')).toBeInViewport();
  await watch.expectClean();
});

test('by keyboard only: home → skip link → a report → a paragraph’s link, with focus visible at every stop', async ({ page }) => {
  await page.goto('/');
  const invisible: string[] = [];
  /** Tab until `wanted` holds for the focused element; every stop passed must show its focus. */
  async function tabTo(wanted: (href: string | null) => boolean, limit: number) {
    for (let i = 0; i < limit; i += 1) {
      await page.keyboard.press('Tab');
      const focused = await focusedElement(page);
      if (focused === null) continue;
      if (!focused.outline && !focused.boxShadow) invisible.push(`${page.url()}: ${focused.description}`);
      if (wanted(focused.href)) return focused;
    }
    return null;
  }
  const skip = await tabTo(() => true, 1);
  expect(skip?.text ?? '', 'the first tab stop is the skip link').toMatch(/skip/i);
  await page.keyboard.press('Enter');
  const report = await tabTo((href) => href !== null && REPORT_URL.test(href), 150);
  expect(report, 'a report link reached by Tab from home').not.toBeNull();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${report!.href}$`));

  const permalink = await tabTo((href) => href !== null && /#p-\d+(-\d+)*$/.test(href), 400);
  expect(permalink, 'a paragraph link reached by Tab on the report').not.toBeNull();
  const id = permalink!.href!.split('#')[1]!;
  await page.keyboard.press('Enter');
  await expect(page.locator(':target')).toHaveAttribute('id', id);
  await expect(page.locator(':target')).toBeInViewport();
  expect(invisible, 'tab stops without a visible focus indicator').toEqual([]);
});

test("the meeting of 8 February 2021 lists its agenda's items with their pages, each held paper linked", async ({ page }) => {
  await page.goto(MEETING);
  const agenda = page.getByRole('region', { name: 'The agenda' });
  await expect(agenda.getByRole('listitem')).toHaveCount(9);
  const item4 = agenda.getByRole('listitem').filter({ hasText: 'Digital Strategy' });
  await expect(item4).toContainText('pages 7 to 18');
  await item4.getByRole('link').click();
  await expect(page).toHaveURL(/\/documents\/2021-02-08-adult-social-care-and-public-health-committee-item-4\/$/);
  await page.goto(MEETING);
  // An item with no paper of its own ("Apologies for Absence") is listed, not linked.
  await expect(agenda.getByRole('listitem').filter({ hasText: 'Apologies for Absence' }).getByRole('link')).toHaveCount(0);
});

test('the meeting of 8 February 2021 lists everything tabled, and each of its reports opens', async ({ page }) => {
  const watch = await watchPage(page);
  await page.goto(MEETING);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/8 February 2021/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/Adult Social Care and Public Health Committee/);

  for (const id of [TABLED.agenda, TABLED.minutes, ...TABLED.reports, ...TABLED.appendices]) {
    await expect(tabledLink(page, id), `the meeting page lists ${id} as tabled`).toHaveCount(1);
  }

  // One report opened by its link, as a reader would; then each report straight from the meeting's address (no
  // walking back and forth through history), checked for its heading, its meeting and the link back.
  const [first] = TABLED.reports;
  await tabledLink(page, first!).click();
  await expect(page).toHaveURL(new RegExp(`/documents/${first}/$`));
  const hrefs = await page.goto(MEETING).then(() => Promise.all(TABLED.reports.map((id) => tabledLink(page, id).getAttribute('href'))));
  for (const [i, id] of TABLED.reports.entries()) {
    expect(hrefs[i], `the meeting's link to ${id}`).toBe(`/documents/${id}/`);
    await page.goto(hrefs[i]!);
    await expect(page.getByRole('heading', { level: 1 }), `${id} opens`).toBeVisible();
    await expect(page.getByRole('main').locator(`a[href="${MEETING}"]`).first(), `${id} links back to its meeting`).toBeVisible();
    await expect(page.getByRole('main')).toContainText(/8 February 2021/);
  }
  await watch.expectClean();
});
