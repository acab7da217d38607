/**
 * Links that share well: on a page of every type (and on an old address's redirect page), the link-preview tags are
 * there with values — og:title (the page's own title), og:description, og:type, og:url (the canonical address),
 * twitter:card — and robots.txt names a sitemap that is served.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { parse } from 'node-html-parser';
import { redirectStubs } from '../scripts/site-files.ts';
import { builtFiles, reportPage, SITE_DIR } from './helpers/site.ts';

/** The first built page under a folder, e.g. the first of /decisions/*. */
function firstPageUnder(folder: string): string {
  const file = [...builtFiles].sort().find((f) => f.startsWith(`${folder}/`) && f.endsWith('/index.html') && f.split('/').length === 3);
  if (file === undefined) throw new Error(`no page built under /${folder}/`);
  return `/${file.slice(0, -'index.html'.length)}`;
}

const stubs = redirectStubs(SITE_DIR, [...builtFiles]);
const [stubUrl, stubTarget] = [...stubs][0] ?? [];

const samples: { type: string; url: string; ogType: 'article' | 'website' }[] = [
  { type: 'home', url: '/', ogType: 'website' },
  { type: 'timeline', url: '/timeline/', ogType: 'website' },
  { type: 'decision', url: firstPageUnder('decisions'), ogType: 'article' },
  { type: 'report', url: reportPage ?? firstPageUnder('documents'), ogType: 'article' },
  { type: 'meeting', url: firstPageUnder('meetings'), ogType: 'website' },
  { type: 'committee', url: firstPageUnder('committees'), ogType: 'website' },
  { type: 'area', url: firstPageUnder('areas'), ogType: 'website' },
  { type: 'glossary', url: '/glossary/', ogType: 'website' },
  { type: 'search', url: '/search/', ogType: 'website' },
  { type: 'about', url: '/about/', ogType: 'website' },
  { type: 'documents index', url: '/documents/', ogType: 'website' },
];

/** The head of a page as served (what a link-preview crawler reads: it runs no script). */
async function shareTags(request: APIRequestContext, url: string) {
  const response = await request.get(url, { maxRedirects: 0 });
  expect(response.status(), `${url} is served`).toBe(200);
  const head = parse(await response.text()).querySelector('head')!;
  const meta = (attribute: string, name: string) => head.querySelector(`meta[${attribute}="${name}"]`)?.getAttribute('content') ?? null;
  return {
    title: head.querySelector('title')?.text ?? null,
    canonical: head.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    description: meta('name', 'description'),
    ogTitle: meta('property', 'og:title'),
    ogDescription: meta('property', 'og:description'),
    ogType: meta('property', 'og:type'),
    ogUrl: meta('property', 'og:url'),
    siteName: meta('property', 'og:site_name'),
    twitterCard: meta('name', 'twitter:card'),
  };
}

for (const { type, url, ogType } of samples) {
  test(`${type} (${url}) shares with a title, a description, its type and its canonical address`, async ({ request }) => {
    const tags = await shareTags(request, url);
    for (const [name, value] of Object.entries(tags)) expect(value?.trim(), `${name} on ${url}`).toBeTruthy();
    expect([tags.ogTitle, `${tags.ogTitle} – ${tags.siteName}`], 'og:title is the page’s title').toContain(tags.title);
    expect(tags.ogDescription).toBe(tags.description);
    expect(tags.ogDescription).not.toMatch(/<|>|\*\*|\]\(/);
    expect(tags.ogType).toBe(ogType);
    expect(tags.ogUrl).toBe(tags.canonical);
    expect(new URL(tags.canonical!).pathname).toBe(url);
    expect(tags.twitterCard).toBe('summary');
  });
}

test('an old address’s page shares the new address, and forwards the reader there', async ({ page, request }) => {
  expect(stubUrl, 'the site has a redirect page').toBeDefined();
  const tags = await shareTags(request, stubUrl!);
  for (const [name, value] of Object.entries(tags)) expect(value?.trim(), `${name} on ${stubUrl}`).toBeTruthy();
  expect([tags.ogTitle, `${tags.ogTitle} – ${tags.siteName}`]).toContain(tags.title);
  expect(tags.ogUrl).toBe(tags.canonical);
  const target = new URL(stubTarget!, 'http://x');
  expect(new URL(tags.canonical!).pathname).toBe(target.pathname);

  await page.goto(stubUrl!);
  await expect(page).toHaveURL((url) => url.pathname === target.pathname && url.hash === target.hash);
});

test('robots.txt names the sitemap, on the site’s address, and it is served', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  expect(sitemap, 'robots.txt names a sitemap').toBeDefined();
  const home = await shareTags(request, '/');
  expect(new URL(sitemap!).origin).toBe(new URL(home.canonical!).origin);
  const response = await request.get(new URL(sitemap!).pathname);
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('<loc>');
});
