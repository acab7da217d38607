/**
 * How the search index is built, in one place: `npm run build` (through this file's command line) and the scale
 * bench (scripts/bench/build-site.ts) both run Pagefind with these arguments and this environment.
 *
 *   tsx scripts/search-index.ts [SITE_DIR]   (default: $SITE_OUT_DIR or dist, where astro build wrote the site)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INDEX_TAG_PLACEHOLDER } from '../src/lib/search/index-tag.ts';
import { INDEXED_FILES_GLOB } from '../src/lib/search/indexed-pages.ts';

/**
 * Words per index chunk (Pagefind's default is 20000; it reads the setting only from the environment). Smaller
 * chunks mean a first query fetches less index per word; below about 2000 the chunk list in pagefind's meta file,
 * which every first query loads, grows faster than the chunks shrink (npm run bench:search, README "Search").
 */
export const INDEX_CHUNK_SIZE = 5000;

/** The environment Pagefind runs in. */
export function searchIndexEnv(chunkSize: number = INDEX_CHUNK_SIZE): Record<string, string> {
  return { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(chunkSize) };
}

/**
 * Pagefind's arguments for the built site in `siteDir`: it reads only the pages the index holds (pagefind.yml, read
 * from the working folder, does the rest).
 */
export function searchIndexArgs(siteDir: string): string[] {
  return ['--site', siteDir, '--output-subdir', 'pagefind', '--glob', INDEXED_FILES_GLOB];
}

/**
 * The search page names the index it will load before the browser asks Pagefind: its <head> holds a preload
 * for the entry file tagged INDEX_TAG_PLACEHOLDER (src/pages/search/index.astro). Once the index is built, the tag
 * becomes the index's hash, the tag Pagefind puts on the entry file's address (metaCacheTag, pagefind-api.ts),
 * and the meta file, whose name Pagefind only learns from the entry, is preloaded beside it.
 */

export function withIndexPreloads(html: string, indexHash: string): string {
  const entry = `/pagefind/pagefind-entry.json?ts=${INDEX_TAG_PLACEHOLDER}`;
  const at = html.indexOf(entry);
  if (at < 0) throw new Error(`search page: no preload of ${entry}`);
  const linkEnd = html.indexOf('>', at) + 1;
  const meta = `<link rel="preload" href="/pagefind/pagefind.${indexHash}.pf_meta" as="fetch" crossorigin="anonymous">`;
  return (html.slice(0, linkEnd) + meta + html.slice(linkEnd)).replaceAll(INDEX_TAG_PLACEHOLDER, indexHash);
}

/** Write the built index's hash into the search page of `siteDir` (when the site has one). */
export function linkIndexIntoSearchPage(siteDir: string): void {
  const page = join(siteDir, 'search/index.html');
  if (!existsSync(page)) return;
  const entry = JSON.parse(readFileSync(join(siteDir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const hash = entry.languages['en-gb']?.hash;
  if (hash === undefined) throw new Error('pagefind-entry.json: no en-gb index');
  writeFileSync(page, withIndexPreloads(readFileSync(page, 'utf8'), hash));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const site = process.argv[2] ?? process.env['SITE_OUT_DIR'] ?? 'dist';
  const chunk = process.env['SEARCH_INDEX_CHUNK_SIZE'];
  const run = spawnSync('pagefind', searchIndexArgs(site), {
    stdio: 'inherit',
    env: { ...process.env, ...searchIndexEnv(chunk ? Number(chunk) : undefined) },
  });
  if (run.status === 0) linkIndexIntoSearchPage(site);
  process.exit(run.status ?? 1);
}
