/**
 * Every internal link and #fragment of the built site lands: the target file is built, and the id is on the target page.
 *
 *   npx tsx scripts/check-links.ts [DIR]     DIR defaults to $SITE_DIR, $SITE_OUT_DIR or dist
 *
 * Links are a/area hrefs, the URLs a page loads (stylesheets, scripts, images, icons) or names (canonical, feeds),
 * and the url()s of the site's stylesheets. Anything loaded from another host is a problem: the site self-hosts.
 * A link is internal when it is relative or on the site's own origin (astro.config.mjs `site`).
 * The check starts from `/` and follows links, and also reads every HTML file built, so no page is missed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'node-html-parser';
import { fileForUrl, htmlPages, redirectStubs, siteDir, siteFiles, urlForFile } from './site-files.ts';

/**
 * A URL written in a page: a link a reader follows, a resource the browser loads with the page,
 * or a reference it does not fetch (canonical, alternate feeds).
 */
export interface PageLink {
  href: string;
  kind: 'link' | 'resource' | 'reference';
}

/** <link rel> values whose target the browser does not fetch with the page. */
const REFERENCE_RELS = new Set(['canonical', 'alternate', 'author', 'license', 'help', 'search', 'me', 'next', 'prev', 'privacy-policy', 'terms-of-service']);

/** What the link check needs to know of one page. */
export interface ParsedPage {
  ids: Set<string>;
  links: PageLink[];
}

/** One link that does not land. */
export interface LinkProblem {
  page: string;
  href: string;
  problem: string;
}

export interface LinkReport {
  /** Internal links checked (each occurrence on each page). */
  links: number;
  /** Of those, links with a #fragment checked against the target's ids. */
  fragments: number;
  /** Links to other hosts, not followed (resources loaded from other hosts are problems). */
  external: number;
  problems: LinkProblem[];
}

const RESOURCE_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['video[src]', 'src'],
  ['audio[src]', 'src'],
  ['track[src]', 'src'],
  ['iframe[src]', 'src'],
  ['embed[src]', 'src'],
  ['object[data]', 'data'],
  ['video[poster]', 'poster'],
];

/** The ids a page offers as fragment targets, and the URLs it links to or loads. */
export function parsePage(html: string): ParsedPage {
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: true, pre: true } });
  const ids = new Set<string>();
  for (const el of root.querySelectorAll('[id]')) ids.add(el.getAttribute('id') ?? '');
  for (const el of root.querySelectorAll('a[name]')) ids.add(el.getAttribute('name') ?? '');
  ids.delete('');

  const links: PageLink[] = [];
  for (const el of root.querySelectorAll('a[href], area[href]')) links.push({ href: el.getAttribute('href') ?? '', kind: 'link' });
  for (const el of root.querySelectorAll('form[action]')) links.push({ href: el.getAttribute('action') ?? '', kind: 'link' });
  for (const el of root.querySelectorAll('link[href]')) {
    const rels = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const fetched = rels.length === 0 || rels.some((rel) => !REFERENCE_RELS.has(rel));
    links.push({ href: el.getAttribute('href') ?? '', kind: fetched ? 'resource' : 'reference' });
  }
  for (const [selector, attribute] of RESOURCE_ATTRIBUTES) {
    for (const el of root.querySelectorAll(selector)) links.push({ href: el.getAttribute(attribute) ?? '', kind: 'resource' });
  }
  for (const el of root.querySelectorAll('img[srcset], source[srcset]')) {
    for (const candidate of (el.getAttribute('srcset') ?? '').split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) links.push({ href: url, kind: 'resource' });
    }
  }
  return { ids, links };
}

/** The URLs a stylesheet loads: url(…) values and @import targets, as resources. */
export function parseStylesheet(css: string): ParsedPage {
  const links: PageLink[] = [];
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const match of withoutComments.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/g)) {
    const href = match.slice(1).find((group) => group !== undefined) ?? '';
    if (!href.startsWith('data:') && !href.startsWith('#')) links.push({ href, kind: 'resource' });
  }
  return { ids: new Set(), links };
}

/** Fragments that land without an element of that id: the top of the page, and text fragments. */
function isSpecialFragment(fragment: string): boolean {
  return fragment.toLowerCase() === 'top' || fragment.startsWith(':~:');
}

/**
 * Check every link of every page against the built files.
 * `pages` maps a URL path to its parsed page; `files` is every built file (relative paths); `origin` is the site's own origin.
 */
export function checkLinks(pages: ReadonlyMap<string, ParsedPage>, files: ReadonlySet<string>, origin: string): LinkReport {
  const report: LinkReport = { links: 0, fragments: 0, external: 0, problems: [] };
  const siteOrigin = new URL(origin).origin;
  for (const [page, { links }] of pages) {
    const base = new URL(page, siteOrigin);
    for (const { href, kind } of links) {
      const problem = (text: string) => report.problems.push({ page, href, problem: text });
      const trimmed = href.trim();
      if (trimmed === '') {
        problem('empty URL');
        continue;
      }
      let url: URL;
      try {
        url = new URL(trimmed, base);
      } catch {
        problem('not a valid URL');
        continue;
      }
      if (url.protocol === 'javascript:') {
        problem('javascript: URL');
        continue;
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') continue; // mailto:, tel:, data:
      if (url.origin !== siteOrigin) {
        report.external += 1;
        if (kind === 'resource') problem(`loaded from another host (${url.host}): self-host it`);
        continue;
      }
      report.links += 1;
      const target = fileForUrl(url.pathname, files);
      if (target === null) {
        const withSlash = url.pathname.endsWith('/') ? null : fileForUrl(`${url.pathname}/`, files);
        problem(withSlash ? `no page at ${url.pathname} (the page is at ${url.pathname}/: trailing slash missing)` : `no file at ${url.pathname}`);
        continue;
      }
      if (url.hash === '' && trimmed.endsWith('#')) {
        problem('empty #fragment');
        continue;
      }
      if (url.hash === '' || kind === 'resource') continue;
      report.fragments += 1;
      let fragment: string;
      try {
        fragment = decodeURIComponent(url.hash.slice(1));
      } catch {
        problem(`#fragment is not valid percent-encoding`);
        continue;
      }
      if (isSpecialFragment(fragment)) continue;
      const targetPage = pages.get(urlForFile(target));
      if (targetPage === undefined) {
        problem(`#${fragment} on ${url.pathname}, which is not an HTML page`);
        continue;
      }
      if (!targetPage.ids.has(fragment)) problem(`no id="${fragment}" on ${url.pathname}`);
    }
  }
  return report;
}

/** The pages reachable from `start` by following navigating links (not resources) within the site. */
export function crawl(pages: ReadonlyMap<string, ParsedPage>, files: ReadonlySet<string>, origin: string, start = '/'): Set<string> {
  const siteOrigin = new URL(origin).origin;
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const page = queue.shift()!;
    if (seen.has(page) || !pages.has(page)) continue;
    seen.add(page);
    for (const { href, kind } of pages.get(page)!.links) {
      if (kind !== 'link') continue;
      let url: URL;
      try {
        url = new URL(href.trim(), new URL(page, siteOrigin));
      } catch {
        continue;
      }
      if (url.origin !== siteOrigin) continue;
      const file = fileForUrl(url.pathname, files);
      if (file !== null && file.endsWith('.html')) queue.push(urlForFile(file));
    }
  }
  return seen;
}

/** Read and parse every HTML page (and, with `stylesheets`, every CSS file) of a built site. */
export function readSite(dir: string): { files: Set<string>; pages: Map<string, ParsedPage>; stylesheets: Map<string, ParsedPage> } {
  const list = siteFiles(dir);
  const files = new Set(list);
  const pages = new Map<string, ParsedPage>();
  for (const url of htmlPages(list, dir)) {
    const file = fileForUrl(url, files)!;
    pages.set(url, parsePage(readFileSync(join(dir, file), 'utf8')));
  }
  const stylesheets = new Map<string, ParsedPage>();
  for (const file of list.filter((f) => f.endsWith('.css'))) stylesheets.set(`/${file}`, parseStylesheet(readFileSync(join(dir, file), 'utf8')));
  return { files, pages, stylesheets };
}

/** The site's own origin, from astro.config.mjs `site` (links to it are internal), or a placeholder when unset. */
export async function siteOrigin(): Promise<string> {
  const config = (await import('../astro.config.mjs')).default as { site?: string };
  return config.site ? new URL(config.site).origin : 'http://localhost';
}

/** Format a report as the lines the CLI prints. */
export function formatLinkReport(report: LinkReport, pageCount: number): string[] {
  const counts = new Map<string, number>();
  for (const { page, href, problem } of report.problems) {
    const line = `${page}: ${href} — ${problem}`;
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  const lines = [...counts].map(([line, n]) => (n === 1 ? line : `${line} (${n} times)`));
  const summary = `Link check: ${report.links} internal links (${report.fragments} with a #fragment) on ${pageCount} pages`;
  lines.push(report.problems.length === 0 ? `${summary}: all land.` : `${summary}: ${report.problems.length} do not land.`);
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? siteDir();
  const { files, pages, stylesheets } = readSite(dir);
  if (pages.size === 0) {
    console.error(`${dir}: no HTML pages — build the site first (npm run build)`);
    process.exit(1);
  }
  const origin = await siteOrigin();
  const report = checkLinks(pages, files, origin);
  const fromCss = checkLinks(stylesheets, files, origin);
  report.problems.push(...fromCss.problems);
  report.external += fromCss.external;
  const reached = crawl(pages, files, origin);
  const orphans = [...pages.keys()].filter((p) => !reached.has(p) && p !== '/404.html');
  // Each old URL's redirect must land on a page (and its #fragment on an id there).
  const stubs = redirectStubs(dir, [...files]);
  const stubPages = [...stubs].map(([from, to]): [string, ParsedPage] => [from, { links: [{ href: to, kind: 'link' }], ids: new Set() }]);
  const redirects = checkLinks(new Map([...pages, ...stubPages]), files, origin);
  redirects.problems = redirects.problems.filter((p) => stubs.has(p.page));
  report.problems.push(...redirects.problems);
  for (const line of formatLinkReport(report, pages.size)) console.log(line);
  console.log(`Redirects: ${stubs.size} old URL(s), ${redirects.problems.length === 0 ? 'each lands' : `${redirects.problems.length} do not land`}.`);
  console.log(`Crawl from /: ${reached.size} of ${pages.size} pages reached.${orphans.length ? ` Not linked from anywhere reachable: ${orphans.join(', ')}` : ''}`);
  process.exit(report.problems.length === 0 ? 0 : 1);
}
