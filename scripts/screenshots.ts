/**
 * `npm run screenshots`: PNGs of one page of each type (the largest), and of the largest report, at 375 px and
 * 1280 px wide, into .screenshots/ (ignored by git), for a person to look at. Run it after `npm run build`.
 * Each page gives TYPE-WIDTH-top.png (the first screen, readable as it is) and TYPE-WIDTH-full.png.
 *
 *   npm run screenshots [-- DIR]      DIR defaults to $SITE_DIR, $SITE_OUT_DIR or dist
 *
 * Full pages are cut at MAX_HEIGHT px, so that a very long document still gives a picture one can read.
 * The timeline chart is also taken on its own where it stands (the home page, /timeline/ and the largest area page):
 * chart-TYPE-WIDTH.png, as much of it as the reader's screen shows (at 375 px, the left of a frame that scrolls).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, requireChromium } from './find-chromium.ts';
import { startPreview } from './preview-server.ts';
import { htmlPages, largestReportPage, representativePages, siteDir, siteFiles } from './site-files.ts';

const OUT = '.screenshots';
const SCREENS = [
  { width: 375, height: 812 },
  { width: 1280, height: 900 },
];
const MAX_HEIGHT = 5000;
/** The page types whose chart is taken on its own. */
const CHART_TYPES = new Set(['home', 'timeline', 'areas/*']);

const dir = process.argv[2] ?? siteDir();
const list = siteFiles(dir);
const files = new Set(list);
const pages = htmlPages(list, dir);
if (pages.length === 0) {
  console.error(`${dir}: no HTML pages — build the site first (npm run build)`);
  process.exit(1);
}
const targets = new Map(representativePages(dir, pages, files));
const report = largestReportPage(dir, pages, files);
if (report !== null) targets.set('report', report);
targets.set('404-missing', '/no-such-page/');

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, '.gitignore'), '*\n');

const server = await startPreview(dir);
const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumArgs() });
try {
  for (const { width, height: screen } of SCREENS) {
    const page = await browser.newPage({ viewport: { width, height: screen }, deviceScaleFactor: 1 });
    for (const [type, url] of targets) {
      await page.goto(`${server.baseURL}${url}`);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const name = join(OUT, `${type.replace(/\/\*$/, '-each')}-${width}`);
      await page.screenshot({ path: `${name}-top.png` });
      await page.screenshot({ path: `${name}-full.png`, fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(height, MAX_HEIGHT) } });
      console.log(`${name}-{top,full}.png  ${url}${height > MAX_HEIGHT ? ` (full: first ${MAX_HEIGHT} of ${height} px)` : ''}`);
      const chart = page.locator('figure.chart');
      if (CHART_TYPES.has(type) && (await chart.count()) > 0) {
        const shot = join(OUT, `chart-${type.replace(/\/\*$/, '')}-${width}.png`);
        await chart.screenshot({ path: shot });
        console.log(`${shot}  ${url}`);
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.stop();
}
