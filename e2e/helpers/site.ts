/**
 * The pages of the built site the E2E gates visit: every HTML file built, plus every page reached by
 * following links from `/`, so that nothing is missed. Read from the built folder when a spec loads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crawl, readSite } from '../../scripts/check-links.ts';
import { fileForUrl, largestReportPage, pageType, redirectStubs, representativePages, siteDir } from '../../scripts/site-files.ts';

/** The built site's folder. */
export const SITE_DIR = siteDir();

function load() {
  if (!existsSync(SITE_DIR)) {
    throw new Error(`${SITE_DIR}: no built site — run npm run build first (or set SITE_DIR)`);
  }
  const { files, pages } = readSite(SITE_DIR);
  // The crawl's origin only decides which absolute links count as internal; relative links are what it follows.
  const reached = crawl(pages, files, 'http://127.0.0.1');
  const all = [...new Set([...pages.keys(), ...reached])].sort();
  return { files, all, reached };
}

const site = load();

/** Every page of the built site, as URL paths. */
export const allPages: readonly string[] = site.all;

/** The pages reached from `/` by following links. */
export const reachedPages: ReadonlySet<string> = site.reached;

/** The pages of old addresses, each with where it sends the reader. */
export const redirectPages: ReadonlyMap<string, string> = redirectStubs(SITE_DIR, [...site.files]);

/** Every built file, relative to the site folder. */
export const builtFiles: ReadonlySet<string> = site.files;

/** The largest page of each page type (home, documents/*, timeline/*…), by type. */
export const pagesByType: ReadonlyMap<string, string> = representativePages(SITE_DIR, site.all, site.files);

/** The largest report page, or null before any document is built. */
export const reportPage: string | null = largestReportPage(SITE_DIR, site.all, site.files);

/** Whether the site's stylesheets (files, or styles inlined in a page of each type) offer a dark colour scheme. */
export const offersDarkMode: boolean = [
  ...[...site.files].filter((f) => f.endsWith('.css')),
  ...[...pagesByType.values()].map((url) => fileForUrl(url, site.files)!),
].some((f) => /prefers-color-scheme\s*:\s*dark/.test(readFileSync(join(SITE_DIR, f), 'utf8')));

/** Whether a URL path is a built page. */
export function isBuilt(url: string): boolean {
  return fileForUrl(url, site.files) !== null;
}

export { pageType };
