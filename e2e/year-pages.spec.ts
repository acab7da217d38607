/**
 * A council-sized archive's long lists: the real archive built with YEAR_PAGES_ABOVE=10 (`npm run build:year-pages`),
 * so that every timeline view, area thread and the list of documents with more than ten entries lists its years and
 * gives each year a page, as lists of more than 1,500 entries do. A reader goes from the list of years to a year and on, and old
 * `#year-2016` addresses still land on 2016.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe.ts';
import { horizontalOverflow } from './helpers/layout.ts';
import { YEAR_PAGES_URL } from './helpers/year-pages-site.ts';

test.use({ baseURL: YEAR_PAGES_URL });

/** How many entries of the record fall in each year, from the record itself. */
function entriesByYear(): Map<number, number> {
  const record = JSON.parse(readFileSync('content/decisions.json', 'utf8')) as { date: string }[];
  const counts = new Map<number, number>();
  for (const { date } of record) counts.set(Number(date.slice(0, 4)), (counts.get(Number(date.slice(0, 4))) ?? 0) + 1);
  return counts;
}

const entryCount = (n: number) => `(${n} ${n === 1 ? 'entry' : 'entries'})`;

for (const viewport of [
  { name: 'phone', width: 375, height: 812 },
  { name: 'desktop', width: 1280, height: 900 },
]) {
  test(`the timeline lists its years; a year is a page of its own, with the years either side (${viewport.name})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    const byYear = entriesByYear();
    await page.goto('/timeline/');
    const years = page.getByRole('navigation', { name: 'Years' });
    for (const [year, count] of byYear) {
      await expect(years.getByRole('listitem').filter({ hasText: String(year) })).toHaveText(`${year} ${entryCount(count)}`);
    }
    // The entries themselves are on the years' pages, not here.
    await expect(page.locator('.entries')).toHaveCount(0);
    await expectNoAxeViolations(page);

    await years.getByRole('link', { name: '2016', exact: true }).click();
    await expect(page).toHaveURL(/\/timeline\/2016\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline, 2016');
    await expect(page.getByRole('navigation', { name: 'Years' }).getByRole('link', { name: '2016', exact: true })).toHaveAttribute('aria-current', 'page');
    const dates = await page.locator('.entries time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates).toHaveLength(byYear.get(2016)!);
    expect(dates.every((d) => d.startsWith('2016'))).toBe(true);
    expect((await horizontalOverflow(page)).culprits).toEqual([]);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Later: 2017' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline, 2017');
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Timeline' }).click();
    await expect(page).toHaveURL(/\/timeline\/$/);
  });
}

test('an old address of a year on the timeline lands on that year, which leads to its page', async ({ page }) => {
  await page.goto('/timeline/#year-2021');
  const target = page.locator(':target');
  await expect(target).toContainText('2021');
  await expect(target).toBeInViewport();
  await target.getByRole('link', { name: '2021' }).click();
  await expect(page).toHaveURL(/\/timeline\/2021\/$/);
});

test('a decision leads to its year of the timeline', async ({ page }) => {
  await page.goto('/decisions/2021-01-08-integrating-care-consultation-closes/');
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.getByRole('link', { name: '2021' })).toHaveAttribute('href', '/timeline/2021/');
  await page.getByRole('link', { name: 'See 2021 on the timeline' }).click();
  await expect(page).toHaveURL(/\/timeline\/2021\/$/);
  await expect(page.getByRole('link', { name: 'The NHS consultation “Integrating care” closes' })).toBeVisible();
});

test('a filter of the timeline and an area thread each split by year too', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/timeline/kind/milestone/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline: Milestones');
  await page.getByRole('navigation', { name: 'Years' }).getByRole('link', { name: '2016', exact: true }).click();
  await expect(page).toHaveURL(/\/timeline\/kind\/milestone\/2016\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline: Milestones, 2016');
  const kinds = await page.locator('.entries .evidence').allTextContents();
  expect(kinds.length).toBeGreaterThan(0);
  expect(new Set(kinds)).toEqual(new Set(['Milestone']));
  await expectNoAxeViolations(page);

  await page.goto('/areas/county-wide/');
  const years = page.getByRole('navigation', { name: 'Years' });
  await expect(years.getByRole('link')).not.toHaveCount(0);
  await expectNoAxeViolations(page);
  await years.getByRole('link', { name: '2021', exact: true }).click();
  await expect(page).toHaveURL(/\/areas\/county-wide\/2021\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('County-wide, 2021');
  await expect(page.getByRole('heading', { level: 2, name: '2021' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 }).filter({ hasText: /^20\d\d$/ })).toHaveCount(1);
  await expectNoAxeViolations(page);
});

test('the list of documents splits by year too, beside the documents’ own addresses', async ({ page }) => {
  await page.goto('/documents/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Documents');
  const years = page.getByRole('navigation', { name: 'Years' });
  await expect(years.getByRole('listitem').filter({ hasText: '2021' })).toHaveText('2021 (10 entries)');
  // The papers cited but not held stay on the list's own page.
  await expect(page.getByRole('heading', { level: 2, name: 'Papers cited but not held here' })).toBeVisible();
  await expectNoAxeViolations(page);

  await years.getByRole('link', { name: '2016', exact: true }).click();
  await expect(page).toHaveURL(/\/documents\/2016\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Documents, 2016');
  await expect(page.locator('.document-item-title')).toHaveText([
    'Transformation Programme – integration in South and North Nottinghamshire',
    'Update on progress with arrangements to integrate health and social care in Mid-Nottinghamshire',
  ]);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Update on progress with arrangements to integrate health and social care in Mid-Nottinghamshire' }).click();
  await expect(page).toHaveURL(/\/documents\/2016-04-20-policy-committee-item-7\/$/);
});
