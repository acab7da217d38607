/**
 * The sitemap lists every HTML page of the built site, and only those: not the pages of old addresses (redirect
 * stubs), not the 404 page, not /sources/ files, not the JSON, CSV or XML of the open data; each on the site's address.
 *
 *   npx tsx scripts/check-sitemap.ts [DIR]     DIR defaults to $SITE_DIR, $SITE_OUT_DIR or dist
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SITEMAP_FILE } from '../src/integrations/sitemap-file.ts';
import { siteOrigin } from './check-links.ts';
import { fileForUrl, htmlPages, siteDir, siteFiles } from './site-files.ts';

/** The <loc> URLs of a sitemap or a sitemap index. */
export function sitemapLocations(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<]*?)\s*<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

/**
 * What is wrong with a sitemap's URLs, given the site's pages (URL paths) and its origin: pages it leaves out,
 * URLs that are not pages, URLs on another address, URLs listed twice.
 */
export function sitemapProblems(listed: readonly string[], pages: readonly string[], origin: string): string[] {
  const problems: string[] = [];
  const paths = new Set<string>();
  for (const url of listed) {
    const parsed = new URL(url);
    if (parsed.origin !== origin) problems.push(`${url}: not on the site's address (${origin})`);
    if (paths.has(parsed.pathname)) problems.push(`${url}: listed twice`);
    paths.add(parsed.pathname);
  }
  const isPage = new Set(pages);
  for (const path of paths) if (!isPage.has(path)) problems.push(`${path}: in the sitemap, but not a page of the site`);
  for (const page of pages) if (!paths.has(page)) problems.push(`${page}: a page the sitemap leaves out`);
  return problems;
}

/** The pages a sitemap must list: every HTML page but the 404 page (redirect stubs are not pages: htmlPages). */
export function sitemapWorthyPages(dir: string, files: readonly string[]): string[] {
  return htmlPages(files, dir).filter((page) => page !== '/404.html');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? siteDir();
  const index = join(dir, SITEMAP_FILE);
  if (!existsSync(index)) {
    console.error(`${index}: not found — build the site first (npm run build)`);
    process.exit(1);
  }
  const files = siteFiles(dir);
  const fileSet = new Set(files);
  const listed: string[] = [];
  for (const sitemap of sitemapLocations(readFileSync(index, 'utf8'))) {
    const file = fileForUrl(new URL(sitemap).pathname, fileSet);
    if (file === null) {
      console.error(`${SITEMAP_FILE} names ${sitemap}, which was not built`);
      process.exit(1);
    }
    listed.push(...sitemapLocations(readFileSync(join(dir, file), 'utf8')));
  }
  const pages = sitemapWorthyPages(dir, files);
  const problems = sitemapProblems(listed, pages, await siteOrigin());
  for (const problem of problems) console.log(problem);
  console.log(`Sitemap: ${listed.length} URLs for ${pages.length} pages, ${problems.length === 0 ? 'every page and only pages' : `${problems.length} problems`}.`);
  process.exit(problems.length === 0 ? 0 : 1);
}
