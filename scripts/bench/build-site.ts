/** Build one site the way the project does (astro build, then the Pagefind index) and measure it. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { linkIndexIntoSearchPage, searchIndexArgs, searchIndexEnv } from '../search-index.ts';
import { measureCommand, type CommandMeasure } from './measure-command.ts';
import type { BuildMeasure } from './results.ts';

/** Environment for commands run in a work tree: its own node_modules/.bin first, no telemetry. */
export function treeEnv(tree: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, PATH: `${join(tree, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

/** Total bytes and HTML pages under a folder. */
export function folderStats(dir: string): { bytes: number; pages: number } {
  let bytes = 0;
  let pages = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) pages += 1;
  }
  return { bytes, pages };
}

function ok(step: string, measure: CommandMeasure, logFile: string): CommandMeasure {
  if (measure.exitCode !== 0) throw new Error(`${step} failed (exit ${measure.exitCode}); see ${logFile}`);
  return measure;
}

/**
 * How `npm run build` starts Astro (package.json; a test keeps the two the same): with a 64 MB young generation, so
 * that V8 collects short-lived garbage less often. At 2,000 reports garbage collection was 15 % of the build's
 * samples, and this flag took 5–6 s off a 72 s astro build; the floor's build gained nothing from it (docs/scale.md).
 */
export const ASTRO_NODE_FLAGS = ['--max-semi-space-size=64'];

/** Pagefind's arguments for a site without an index of its own choosing (the floor): every page of dist/. */
export const WHOLE_SITE_INDEX_ARGS = ['--site', 'dist', '--output-subdir', 'pagefind'];

/**
 * `astro build` then Pagefind in `tree`, as `npm run build` runs it (scripts/search-index.ts, which also names the
 * index in the search page's preloads); peak memory is the larger of the two.
 */
export async function buildSite(
  tree: string,
  logFile: string,
  { env = {}, nodeFlags = ASTRO_NODE_FLAGS, indexArgs = searchIndexArgs('dist') }: { env?: Record<string, string>; nodeFlags?: string[]; indexArgs?: string[] } = {},
): Promise<BuildMeasure> {
  const options = { cwd: tree, env: treeEnv(tree, env), logFile };
  const astroCli = join(tree, 'node_modules/astro/bin/astro.mjs');
  const astro = ok(`astro build in ${tree}`, await measureCommand(join(tree, 'node_modules/.bin/node'), [...nodeFlags, astroCli, 'build'], options), logFile);
  const pagefind = ok(`pagefind in ${tree}`, await measureCommand(join(tree, 'node_modules/.bin/pagefind'), indexArgs, { ...options, env: treeEnv(tree, { ...searchIndexEnv(), ...env }) }), logFile);
  linkIndexIntoSearchPage(join(tree, 'dist'));
  const out = folderStats(join(tree, 'dist'));
  return {
    astroSeconds: astro.seconds,
    pagefindSeconds: pagefind.seconds,
    peakBytes: Math.max(astro.peakBytes, pagefind.peakBytes),
    outputBytes: out.bytes,
    pages: out.pages,
  };
}
