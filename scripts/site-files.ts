/**
 * The built site as files and URLs: which folder, which pages, which file a URL serves, what kind of page it is.
 * Shared by the site checks (scripts/check-*.ts), the E2E gates (e2e/) and the audit and screenshot scripts.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';

/** The built site's folder: $SITE_DIR, else $SITE_OUT_DIR (where `astro build` wrote it), else dist. */
export function siteDir(env: Record<string, string | undefined> = process.env): string {
  return env['SITE_DIR'] || env['SITE_OUT_DIR'] || 'dist';
}

/** Every file of the built site, as paths relative to its folder with forward slashes, sorted. */
export function siteFiles(dir: string): string[] {
  return globSync('**/*', { cwd: dir, onlyFiles: true, dot: false }).sort();
}

/** The URL path a built file is served at: `a/b/index.html` → `/a/b/`, `404.html` → `/404.html`. */
export function urlForFile(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/**
 * The built file a URL path is served from, or null when there is none.
 * With `trailingSlash: 'always'` a page is only served at its path with the slash: `/a/b` does not land.
 */
export function fileForUrl(pathname: string, files: ReadonlySet<string>): string | null {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const rel = path.replace(/^\/+/, '');
  if (path.endsWith('/')) {
    const index = `${rel}index.html`;
    return files.has(index) ? index : null;
  }
  return files.has(rel) ? rel : null;
}

/**
 * Where a redirect stub sends the reader, or null for a page: the `<meta http-equiv="refresh">` near the top of the
 * pages of old addresses (src/integrations/redirect-pages.ts writes one per `redirects` entry).
 */
export function redirectTarget(html: string): string | null {
  const url = /^<!doctype html>[^]{0,200}?<meta http-equiv="refresh" content="\d+;\s*url=([^"]+)"/i.exec(html)?.[1];
  return url === undefined ? null : url.replace(/&amp;/g, '&');
}

/**
 * The HTML pages of the built site, as URL paths, sorted. Given the site's folder, redirect stubs (the old URLs of
 * moved pages, see astro.config.mjs `redirects`) are left out: they are not pages a reader stays on.
 */
export function htmlPages(files: readonly string[], dir?: string): string[] {
  const html = files.filter((f) => f.endsWith('.html'));
  const pages = dir === undefined ? html : html.filter((f) => redirectTarget(readFileSync(join(dir, f), 'utf8').slice(0, 600)) === null);
  return pages.map(urlForFile).sort();
}

/** The redirect stubs of the built site: each old URL path and where it sends the reader. */
export function redirectStubs(dir: string, files: readonly string[]): Map<string, string> {
  const stubs = new Map<string, string>();
  for (const f of files.filter((f) => f.endsWith('.html'))) {
    const target = redirectTarget(readFileSync(join(dir, f), 'utf8').slice(0, 600));
    if (target !== null) stubs.set(urlForFile(f), target);
  }
  return stubs;
}

/**
 * The kind of page a URL path is, from its first segment: `/` → `home`, `/about/` → `about`,
 * `/documents/x/` → `documents/*`, `/timeline/area/bassetlaw/` → `timeline/*`, `/404.html` → `404`.
 */
export function pageType(pathname: string): string {
  const segments = pathname.replace(/\.html$/, '').split('/').filter(Boolean);
  const [first] = segments;
  if (first === undefined) return 'home';
  return segments.length === 1 ? first : `${first}/*`;
}

/** The byte size of a built file. */
export function fileSize(dir: string, file: string): number {
  return statSync(join(dir, file)).size;
}

/**
 * One page of each type: the largest, since long pages are where reflow, zoom and print break first.
 * Returns a map from page type to URL path, in type order.
 */
export function representativePages(dir: string, pages: readonly string[], files: ReadonlySet<string>): Map<string, string> {
  const best = new Map<string, { url: string; size: number }>();
  for (const url of pages) {
    const file = fileForUrl(url, files);
    if (file === null) continue;
    const size = fileSize(dir, file);
    const type = pageType(url);
    const current = best.get(type);
    if (current === undefined || size > current.size) best.set(type, { url, size });
  }
  return new Map([...best.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([type, { url }]) => [type, url]));
}

/** The largest report page (a document whose id names an agenda item and is not an appendix), else the largest document page. */
export function largestReportPage(dir: string, pages: readonly string[], files: ReadonlySet<string>): string | null {
  const documents = pages.filter((p) => pageType(p) === 'documents/*');
  const reports = documents.filter((p) => /-item-[^/]+\/$/.test(p) && !/-appendix-/.test(p));
  const pool = reports.length > 0 ? reports : documents;
  let best: { url: string; size: number } | null = null;
  for (const url of pool) {
    const file = fileForUrl(url, files);
    if (file === null) continue;
    const size = fileSize(dir, file);
    if (best === null || size > best.size) best = { url, size };
  }
  return best?.url ?? null;
}
