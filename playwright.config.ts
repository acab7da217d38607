/**
 * E2E tests in Debian's Chromium against the BUILT site, served by `astro preview`.
 *
 * The site folder is $SITE_DIR (else $SITE_OUT_DIR, else dist); the port is $E2E_PORT (else 4321).
 * Locally an already-running server on that port is reused; on CI (CI=true) Playwright always starts its own.
 * The same archive laid out as a council-sized one (dist-year-pages, from `npm run build:year-pages`) is served on
 * the next port, for e2e/year-pages.spec.ts.
 */
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_NOT_FOUND, chromiumArgs, findChromium } from './scripts/find-chromium.ts';
import { siteDir } from './scripts/site-files.ts';
import { YEAR_PAGES_DIR, YEAR_PAGES_PORT_OFFSET } from './e2e/helpers/year-pages-site.ts';

const executablePath = findChromium();
if (executablePath === null) {
  console.error(CHROMIUM_NOT_FOUND);
  process.exit(1);
}

if (!existsSync(YEAR_PAGES_DIR)) {
  console.error(`${YEAR_PAGES_DIR}: not built — run npm run build:year-pages first (npm test does)`);
  process.exit(1);
}

const ci = Boolean(process.env['CI']);
const port = Number(process.env['E2E_PORT'] ?? 4321);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: ci,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  use: {
    baseURL,
    browserName: 'chromium',
    launchOptions: { executablePath, args: chromiumArgs() },
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
    trace: 'retain-on-failure',
  },
  webServer: [
    { dir: siteDir(), port },
    { dir: YEAR_PAGES_DIR, port: port + YEAR_PAGES_PORT_OFFSET },
  ].map((server) => ({
    // --ignore-lock: several preview servers (other checkouts, other ports) may run at once.
    command: `npx astro preview --host 127.0.0.1 --port ${server.port} --ignore-lock`,
    env: { SITE_OUT_DIR: server.dir },
    port: server.port,
    reuseExistingServer: !ci,
    timeout: 60_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  })),
});
