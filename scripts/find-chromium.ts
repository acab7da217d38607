/**
 * Find the Chromium that Playwright, Lighthouse and the screenshot script drive.
 * Playwright cannot download its own browser here, so we use the system's (Debian's `chromium`).
 *
 *   npx tsx scripts/find-chromium.ts           print the path, or the one-line reason there is none (exit 1)
 *   npx tsx scripts/find-chromium.ts --ensure  as above, but first install Debian's chromium when missing and root
 */
import { accessSync, constants } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { aptInstall } from './apt-install.ts';

/** Where a system Chromium usually lives, in the order we try them after the environment variables. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
];

export const CHROMIUM_NOT_FOUND = 'Chromium not found: install it with `apt-get install -y chromium` or set CHROMIUM_PATH';

/** True when the file exists and is executable. */
export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first Chromium named by PLAYWRIGHT_CHROMIUM or CHROMIUM_PATH, or found at a usual place; null when none. */
export function findChromium(
  env: Record<string, string | undefined> = process.env,
  executable: (path: string) => boolean = isExecutable,
): string | null {
  const named = [env['PLAYWRIGHT_CHROMIUM'], env['CHROMIUM_PATH']].filter((p): p is string => Boolean(p));
  return [...named, ...CHROMIUM_CANDIDATES].find((path) => executable(path)) ?? null;
}

/** The Chromium to launch, or an Error whose message is the one line that says how to get one. */
export function requireChromium(env: Record<string, string | undefined> = process.env): string {
  const path = findChromium(env);
  if (path === null) throw new Error(CHROMIUM_NOT_FOUND);
  return path;
}

/** Flags for a quiet headless Chromium on a closed network; --no-sandbox only when root (Chromium refuses otherwise). */
export function chromiumArgs(isRoot: boolean = process.getuid?.() === 0): string[] {
  return [
    ...(isRoot ? ['--no-sandbox'] : []),
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

/** Install Debian's chromium with apt-get; only when root on a machine that has apt-get. Returns whether it tried. */
export function installChromium(): boolean {
  return aptInstall(['chromium']);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  let path = findChromium();
  if (path === null && process.argv.includes('--ensure') && installChromium()) path = findChromium();
  if (path === null) {
    console.error(CHROMIUM_NOT_FOUND);
    process.exit(1);
  }
  console.log(path);
}
