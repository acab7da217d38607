/**
 * Journeys of the decision record (issue 3), against the built site. Every page they pass is checked with axe, once,
 * by e2e/every-page.spec.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test('timeline → filter to Bassetlaw → a decision → its source paragraph, in view and marked', async ({ page }) => {
  await page.goto('/timeline/');
  await expect(page.getByRole('heading', { level: 1, name: /Timeline/ })).toBeVisible();

  const filters = page.getByRole('navigation', { name: 'Filter the timeline' });
  await filters.getByRole('link', { name: /^Bassetlaw/ }).click();
  await expect(page).toHaveURL(/\/timeline\/area\/bassetlaw\/$/);
  await expect(filters.getByRole('link', { name: /^Bassetlaw/ })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline: Bassetlaw');

  const first = page.locator('.entries article').first().getByRole('heading').getByRole('link');
  const title = (await first.textContent())?.trim() ?? '';
  await first.click();
  await expect(page).toHaveURL(/\/decisions\/[^/]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('link', { name: 'Bassetlaw' }).first()).toBeVisible();

  const inContext = page.getByRole('region', { name: 'Recorded in' }).getByRole('link', { name: /in context$/ }).first();
  const href = (await inContext.getAttribute('href')) ?? '';
  const anchor = href.split('#')[1];
  expect(anchor).toBeTruthy();
  await inContext.click();
  await expect(page).toHaveURL(new RegExp(`/documents/[^/]+/#${anchor}$`));
  const target = page.locator(':target');
  await expect(target).toHaveAttribute('id', anchor!);
  await expect(target).toBeInViewport();
});

test('the timeline filters are real pages that work without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/timeline/');
  await page.getByRole('navigation', { name: 'Filter the timeline' }).getByRole('link', { name: /^Recommended/ }).click();
  await expect(page).toHaveURL(/\/timeline\/kind\/recommended\/$/);
  const kinds = await page.locator('.entries .evidence').allTextContents();
  expect(kinds.length).toBeGreaterThan(0);
  expect(new Set(kinds)).toEqual(new Set(['Recommended']));
  await context.close();
});

/** A document cited but not held, and a held document that cites it (from the extractor's output). */
function aCitation(): { cited: string; citing: string; anchor: string } | null {
  const file = 'content/cited-documents.json';
  if (!existsSync(file)) return null;
  const cited = JSON.parse(readFileSync(file, 'utf8')) as { id: string; citedBy: { document: string; anchor: string }[] }[];
  const withCitation = cited.find((c) => c.citedBy.length > 0);
  return withCitation ? { cited: withCitation.id, citing: withCitation.citedBy[0]!.document, anchor: withCitation.citedBy[0]!.anchor } : null;
}

test('a report → a paper it cites → that paper’s “cited by” list, back to the citing entry', async ({ page }) => {
  const citation = aCitation();
  test.skip(citation === null, 'content/cited-documents.json lists no citations');
  const { cited, citing, anchor } = citation!;

  await page.goto(`/documents/${citing}/`);
  await page.locator(`a[href="/documents/${cited}/"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/documents/${cited}/$`));
  await expect(page.getByText(/not held/i).first()).toBeVisible();

  const citedBy = page.getByRole('region', { name: 'Cited by' });
  const back = citedBy.locator(`a[href="/documents/${citing}/#${anchor}"]`);
  await expect(back).toBeVisible();
  await back.click();
  await expect(page.locator(':target')).toHaveAttribute('id', anchor);
  await expect(page.locator(':target')).toBeInViewport();
});

test('copying a citation puts it on the clipboard and says so', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  await page.goto('/timeline/kind/resolved/');
  await page.locator('.entries article').first().getByRole('heading').getByRole('link').click();
  const cite = page.getByRole('region', { name: 'Cite this' });
  const line = (await cite.locator('[data-citation-text]').textContent())?.trim() ?? '';
  expect(line).toMatch(/Committee, \d{1,2} [A-Z][a-z]+ \d{4}, resolution \d{4}\/\d{3}\. https?:\/\//);

  await cite.getByRole('button', { name: 'Copy citation' }).click();
  await expect(cite.getByRole('status')).toHaveText('Citation copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(line);
});

test('without JavaScript the citation is plain selectable text and no dead button shows', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/timeline/kind/resolved/');
  await page.locator('.entries article').first().getByRole('heading').getByRole('link').click();
  const cite = page.getByRole('region', { name: 'Cite this' });
  await expect(cite.locator('[data-citation-text]')).toContainText('resolution');
  await expect(cite.getByRole('button', { name: 'Copy citation' })).toBeHidden();
  await context.close();
});

test('a recommendation whose minutes are not held says so plainly, and claims no outcome', async ({ page }) => {
  await page.goto('/timeline/kind/recommended/');
  const links = page.locator('.entries article h3 a');
  const count = await links.count();
  let found = false;
  for (let i = 0; i < count && !found; i += 1) {
    await page.goto('/timeline/kind/recommended/');
    await links.nth(i).click();
    const notice = page.getByText('The minutes of this meeting are not held here, so this record does not say whether the committee agreed it.');
    if (await notice.count()) {
      found = true;
      await expect(page.getByRole('heading', { name: 'Recommended and resolved' })).toHaveCount(0);
    }
  }
  expect(found).toBe(true);
});

test('a decision that introduces a post holds it: on its page as a table, and in the JSON, the CSV and the Atom feed', async ({ page, request }) => {
  const id = '2021-02-08-adult-social-care-and-public-health-committee-item-8-recommendation-1';
  await page.goto(`/decisions/${id}/`);
  const table = page.getByRole('main').getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['Post Title', 'FTE', 'Grade/ Band', 'End date', 'Cost per annum', 'Funding Source']);
  await expect(table.getByRole('row').nth(1).getByRole('cell')).toHaveText(['Public Health Support Officer', '0.8', 'B', '12 months from recruitment', '£38,143', 'BCF reserves']);

  const decisions = (await (await request.get('/api/decisions.json')).json()) as { id: string; text: string; table?: { header: string[]; rows: string[][] } }[];
  const entry = decisions.find((d) => d.id === id);
  expect(entry?.text).toContain('Public Health Support Officer | 0.8 | B | 12 months from recruitment | £38,143 | BCF reserves');
  expect(entry?.table?.rows).toEqual([['Public Health Support Officer', '0.8', 'B', '12 months from recruitment', '£38,143', 'BCF reserves']]);
  expect(await (await request.get('/feeds/timeline.csv')).text()).toContain('Public Health Support Officer | 0.8 | B');
  expect(await (await request.get('/feeds/decisions.xml')).text()).toContain('Public Health Support Officer | 0.8 | B');
});

test('a decision page says which paper records it, linked to the paragraph the open data names', async ({ page, request }) => {
  const decisions = (await (await request.get('/api/decisions.json')).json()) as { id: string; url: string; sources: { document: string; url: string }[] }[];
  // One several papers record, once the archive holds one; else the first.
  const decision = decisions.find((d) => d.sources.length > 1) ?? decisions[0]!;
  await page.goto(new URL(decision.url).pathname);
  const recordedIn = page.getByRole('region', { name: 'Recorded in' });
  await expect(recordedIn).toBeVisible();
  const papers = recordedIn.locator(`a[href="/documents/${decision.sources[0]!.document}/"]`);
  await expect(papers).toHaveCount(1);
  const inContext = recordedIn.getByRole('link', { name: /^Read .+ in context$/ });
  await expect(inContext).toHaveCount(decision.sources.length);
  const { pathname, hash } = new URL(decision.sources[0]!.url);
  await expect(inContext.first()).toHaveAttribute('href', pathname + hash);
  await inContext.first().click();
  await expect(page.locator(':target')).toHaveAttribute('id', hash.slice(1));
});
