/**
 * How the search index is built, in one place: `npm run build` (through this file's command line) and the scale
 * bench (scripts/bench/build-site.ts) both run Pagefind with these arguments and this environment.
 *
 *   tsx scripts/search-index.ts [SITE_DIR]   (default: $SITE_OUT_DIR or dist, where astro build wrote the site)
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

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

/** Pagefind's arguments for the built site in `siteDir` (pagefind.yml, read from the working folder, does the rest). */
export function searchIndexArgs(siteDir: string): string[] {
  return ['--site', siteDir, '--output-subdir', 'pagefind'];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const site = process.argv[2] ?? process.env['SITE_OUT_DIR'] ?? 'dist';
  const chunk = process.env['SEARCH_INDEX_CHUNK_SIZE'];
  const run = spawnSync('pagefind', searchIndexArgs(site), {
    stdio: 'inherit',
    env: { ...process.env, ...searchIndexEnv(chunk ? Number(chunk) : undefined) },
  });
  process.exit(run.status ?? 1);
}
