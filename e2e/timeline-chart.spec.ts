/**
 * The timeline chart (issue 17): on /timeline/, each filtered view, each area page and the home page. Its marks are
 * exactly the entries of the view it sits in, each a link to its entry with a spoken name, reached by Tab in date
 * order; its lanes are the areas; it reads on a phone (scrolling in its own frame, never the page), in print and in
 * forced colours; axe finds nothing in it (once per viewport; whole pages are e2e/every-page.spec.ts's).
 */
import { expect, test, type Page } from '@playwright/test';
import { axeOn, WCAG_TAGS } from './helpers/axe.ts';
import { horizontalOverflow, motion } from './helpers/layout.ts';
import { AREAS } from '../src/lib/record/areas.ts';
import { formatPartialDate } from '../src/lib/record/dates.ts';
import { EVIDENCE_WORDS } from '../src/lib/record/evidence.ts';
import type { Decision } from '../src/lib/model/decision.ts';

interface ApiDecision {
  id: string;
  url: string;
  title: string;
  evidence: Decision['evidence'];
  date: string;
  areas: Decision['areas'];
}

const CHART = 'figure.chart';
const MARKS = `${CHART} svg a`;

async function decisions(page: Page): Promise<Map<string, ApiDecision & { precision: Decision['datePrecision'] }>> {
  const list = (await (await page.request.get('/api/decisions.json')).json()) as ApiDecision[];
  return new Map(
    list.map((d) => [`/decisions/${d.id}/`, { ...d, precision: d.date.length === 10 ? 'day' : d.date.length === 7 ? 'month' : 'year' }] as const),
  );
}

/** The hrefs of the chart's links, in document (so Tab) order, and the entries the page lists. */
async function marksAndList(page: Page) {
  const marks = await page.locator(MARKS).evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''));
  const listed = await page
    .locator('main article.entry[data-evidence] .entry-title a')
    .evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''));
  return { marks, listed };
}

test('on /timeline/, the marks are the entries, one per area, with spoken names, in date order, lanes as the areas', async ({ page }) => {
  await page.goto('/timeline/');
  const record = await decisions(page);
  const { marks, listed } = await marksAndList(page);
  expect(listed.length).toBe(record.size);
  expect(new Set(marks)).toEqual(new Set(listed));
  // An entry of several areas is in each of their lanes: one mark per area.
  const perEntry = new Map<string, number>();
  for (const href of marks) perEntry.set(href, (perEntry.get(href) ?? 0) + 1);
  for (const href of listed) expect.soft(perEntry.get(href), href).toBe(record.get(href)!.areas.length);
  // Tab order is date order.
  const dates = marks.map((href) => record.get(href)!.date);
  expect(dates).toEqual([...dates].sort());
  // Lanes: every area the record names, in the site's order.
  const lanes = await page.locator(`${CHART} .chart-lane-name:not(.is-repeat)`).allTextContents();
  const named = new Set([...record.values()].flatMap((d) => d.areas));
  expect(lanes).toEqual(AREAS.filter((a) => named.has(a.id)).map((a) => a.name));
  // Spoken names: date, evidence, title; the lane too when the entry is in several.
  await expect(page.getByRole('link', { name: '11 January 2021, resolved: Contain Outbreak Management Fund', exact: true })).toHaveAttribute(
    'href',
    /^\/decisions\/2021-01-11-/,
  );
  const names = await page.locator(MARKS).evaluateAll((els) => els.map((el) => el.querySelector('title')?.textContent ?? ''));
  const laneNames = AREAS.map((a) => a.name);
  names.forEach((name, i) => {
    const d = record.get(marks[i]!)!;
    const base = `${formatPartialDate(d.date, d.precision)}, ${EVIDENCE_WORDS[d.evidence].label.toLowerCase()}: ${d.title}`;
    if (d.areas.length === 1) expect.soft(name).toBe(base);
    else expect.soft(laneNames.map((lane) => `${base} (${lane})`)).toContain(name);
  });
  // The accessibility tree hears the same name as the title says.
  await expect(page.locator(MARKS).first()).toHaveAccessibleName(names[0]!);
});

test('by keyboard, Tab walks the marks in date order, each with a visible focus and a 24 px target', async ({ page }) => {
  await page.goto('/timeline/');
  // Start from the chart's caption, so that the next Tab stops lie in the chart.
  await page.locator(`${CHART} figcaption`).evaluate((el) => {
    el.setAttribute('tabindex', '-1');
    (el as HTMLElement).focus();
  });
  const hrefs = await page.locator(MARKS).evaluateAll((els) => els.slice(0, 6).map((el) => el.getAttribute('href')));
  for (const href of hrefs) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement!;
      const hit = el.querySelector('.chart-hit');
      const box = el.getBoundingClientRect();
      return { href: el.getAttribute('href'), fill: hit ? getComputedStyle(hit).fill : '', width: box.width, height: box.height };
    });
    expect(focused.href).toBe(href);
    expect(focused.fill, 'the focused mark turns focus yellow').toBe('rgb(255, 221, 0)');
    expect(focused.width).toBeGreaterThanOrEqual(24);
    expect(focused.height).toBeGreaterThanOrEqual(24);
  }
});

test('every filtered view and every area page charts exactly its own entries', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/timeline/');
  const views = await page.locator('main a[href^="/timeline/"][href$="/"]').evaluateAll((els) => [
    ...new Set(els.map((el) => el.getAttribute('href')!).filter((h) => /^\/timeline\/(area|committee|kind)\/[^/]+\/$/.test(h))),
  ]);
  expect(views.length).toBeGreaterThan(5);
  const pages = [...views, ...AREAS.map((a) => `/areas/${a.id}/`)];
  for (const url of pages) {
    await page.goto(url);
    const { marks, listed } = await marksAndList(page);
    expect.soft(new Set(marks), url).toEqual(new Set(listed));
    expect.soft(listed.length, url).toBeGreaterThan(0);
    const area = /^\/(?:areas|timeline\/area)\/([^/]+)\/$/.exec(url)?.[1];
    if (area) {
      // One lane, its own; county-wide and national faint behind, not links.
      const lanes = await page.locator(`${CHART} .chart-lane-name:not(.is-repeat)`).allTextContents();
      expect.soft(lanes[0], url).toBe(AREAS.find((a) => a.id === area)!.name);
      expect.soft(lanes.slice(1).every((l) => l.endsWith(', for context')), url).toBe(true);
      expect.soft(marks.length, `${url}: one mark per entry`).toBe(listed.length);
    }
  }
});

test('the home page shows the compact chart: counts by area and quarter that add up and open their lists', async ({ page }) => {
  await page.goto('/');
  const record = await decisions(page);
  const chart = page.locator(CHART);
  await expect(chart).toContainText('lists them all as text');
  const counts = await page.locator(MARKS).evaluateAll((els) =>
    els.map((el) => ({ href: el.getAttribute('href') ?? '', name: el.querySelector('title')?.textContent ?? '', n: Number(el.querySelector('text')?.textContent) })),
  );
  for (const area of AREAS) {
    const mine = counts.filter((c) => c.name.startsWith(`${area.name},`));
    const total = [...record.values()].filter((d) => d.areas.includes(area.id)).length;
    expect.soft(mine.reduce((sum, c) => sum + c.n, 0), area.name).toBe(total);
    for (const c of mine) expect.soft(c.href).toMatch(new RegExp(`^/timeline/area/${area.id}/(#year-|)\\d{4}/?$`));
    for (const c of mine) expect.soft(c.name).toMatch(/^[^,]+, (January to March|April to June|July to September|October to December) \d{4}: \d+ entr(y|ies)$/);
  }
  await expect(page.getByRole('link', { name: 'County-wide, January to March 2021: 17 entries' })).toHaveAttribute('href', '/timeline/area/county-wide/#year-2021');
});

for (const { width, height } of [{ width: 375, height: 812 }, { width: 1280, height: 900 }]) {
  test(`at ${width} px the chart stays in its frame, the page never scrolls sideways, and axe finds nothing in it`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    for (const url of ['/', '/areas/mid-nottinghamshire/', '/timeline/']) {
      await page.goto(url);
      const overflow = await horizontalOverflow(page);
      expect.soft(overflow.scrollWidth, `${url} scrolls sideways: ${overflow.culprits.join(', ')}`).toBeLessThanOrEqual(overflow.innerWidth);
      const frame = await page.locator(`${CHART} .chart-frame`).evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      if (width < 600) expect.soft(frame.scroll, `${url}: the chart scrolls within its frame`).toBeGreaterThan(frame.client);
      await expect(page.locator(`${CHART} .chart-scroll-hint`)).toBeVisible({ visible: width < 600 });
    }
    // axe once per viewport, over the chart of the busiest page.
    const results = await axeOn(page).include(CHART).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  });
}

test('the chart prints in black and white across the page, follows forced colours, and has no motion', async ({ page }) => {
  await page.goto('/timeline/');
  const shape = page.locator(`${CHART} svg a .chart-shape.is-resolved`).first();
  const fillOf = () => shape.evaluate((el) => getComputedStyle(el).fill);
  expect(await fillOf()).toBe('rgb(0, 112, 60)');

  await page.emulateMedia({ media: 'print' });
  expect(await fillOf()).toBe('rgb(0, 0, 0)');
  const printed = await page.locator(`${CHART} .chart-svg`).evaluate((el) => ({ width: el.getBoundingClientRect().width, page: document.documentElement.clientWidth }));
  expect(printed.width).toBeLessThanOrEqual(printed.page);
  await expect(page.locator(`${CHART} .chart-scroll-hint`)).toBeHidden();

  await page.emulateMedia({ media: 'screen', forcedColors: 'active' });
  expect(await fillOf(), 'forced colours: a system colour, not the evidence green').not.toBe('rgb(0, 112, 60)');

  await page.emulateMedia({ forcedColors: 'none', reducedMotion: 'reduce' });
  const moving = await motion(page);
  expect(moving.filter((m) => m.includes('chart'))).toEqual([]);
});
