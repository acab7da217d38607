/**
 * `npm run audit`: Lighthouse (mobile) on the home page, the timeline and the largest report, and the weight of
 * every page type (HTML, CSS and JS, gzipped), each against its budget. Exits 1 when a budget is missed.
 * A report, not a timed test: it is not part of `npm test`. Run it after `npm run build`.
 *
 *   npm run audit [-- DIR]      DIR defaults to $SITE_DIR, $SITE_OUT_DIR or dist
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, requireChromium } from './find-chromium.ts';
import { pageWeight, type PageWeight } from './page-weight.ts';
import { startPreview } from './preview-server.ts';
import { fileForUrl, htmlPages, largestReportPage, pageType, siteDir, siteFiles } from './site-files.ts';

/** Lighthouse category scores (0–100) a page must reach. */
const SCORE_BUDGETS: Record<string, number> = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 95 };

/** Gzipped bytes a page may load up front, by page type; `*` for the types not named. */
const WEIGHT_BUDGETS: Record<string, { html: number; css: number; js: number }> = {
  '*': { html: 30_000, css: 15_000, js: 10_000 },
  'documents/*': { html: 80_000, css: 15_000, js: 10_000 },
  timeline: { html: 60_000, css: 15_000, js: 10_000 },
  'timeline/*': { html: 60_000, css: 15_000, js: 10_000 },
  glossary: { html: 50_000, css: 15_000, js: 10_000 },
  search: { html: 30_000, css: 15_000, js: 30_000 },
};

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const pad = (text: string, width: number) => text.padEnd(width);

async function lighthouseScores(chromePath: string, url: string): Promise<Record<string, number>> {
  const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...chromiumArgs()] });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(SCORE_BUDGETS),
    });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores: Record<string, number> = {};
    for (const id of Object.keys(SCORE_BUDGETS)) scores[id] = Math.round((lhr.categories[id]?.score ?? 0) * 100);
    // Say which audits cost points, so a missed budget can be acted on.
    for (const [id, category] of Object.entries(lhr.categories)) {
      if ((scores[id] ?? 100) >= (SCORE_BUDGETS[id] ?? 0)) continue;
      const failing = category.auditRefs
        .map((ref) => lhr.audits[ref.id])
        .filter((a): a is NonNullable<typeof a> => a !== undefined && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable')
        .map((a) => `${a.id} (${a.displayValue ?? Math.round((a.score ?? 0) * 100)})`);
      console.log(`  ${url} ${id}: ${failing.slice(0, 8).join(', ')}`);
    }
    return scores;
  } finally {
    chrome.kill();
  }
}

const dir = process.argv[2] ?? siteDir();
const list = siteFiles(dir);
const files = new Set(list);
const pages = htmlPages(list, dir);
if (pages.length === 0) {
  console.error(`${dir}: no HTML pages — build the site first (npm run build)`);
  process.exit(1);
}
let missed = 0;

// Page weights: the heaviest page of each type.
const heaviest = new Map<string, { url: string; weight: PageWeight }>();
const read = (path: string) => {
  const file = path.startsWith('/') ? fileForUrl(path.split(/[?#]/)[0]!, files) : null;
  return file === null ? null : readFileSync(join(dir, file));
};
for (const url of pages) {
  const weight = pageWeight(readFileSync(join(dir, fileForUrl(url, files)!), 'utf8'), read);
  const type = pageType(url);
  const total = (w: PageWeight) => w.html.gzip + w.css.gzip + w.js.gzip;
  const current = heaviest.get(type);
  if (current === undefined || total(weight) > total(current.weight)) heaviest.set(type, { url, weight });
}
console.log(`\nPage weight (gzipped; raw in brackets), the heaviest page of each type of ${pages.length} pages, against budgets:\n`);
console.log(`${pad('type', 14)}${pad('HTML', 32)}${pad('CSS', 32)}${pad('JS', 32)}page`);
for (const [type, { url, weight }] of [...heaviest].sort(([a], [b]) => a.localeCompare(b))) {
  const budget = WEIGHT_BUDGETS[type] ?? WEIGHT_BUDGETS['*']!;
  const cell = (part: 'html' | 'css' | 'js') => {
    const over = weight[part].gzip > budget[part];
    if (over) missed += 1;
    return pad(`${over ? '✗' : '✓'} ${kB(weight[part].gzip)} (${kB(weight[part].raw)}) ≤ ${kB(budget[part])}`, 32);
  };
  console.log(`${pad(type, 14)}${cell('html')}${cell('css')}${cell('js')}${url}`);
}

// Lighthouse, mobile.
const chromePath = requireChromium();
const targets = ['/', '/timeline/', largestReportPage(dir, pages, files)].filter(
  (url): url is string => url !== null && fileForUrl(url, files) !== null,
);
const server = await startPreview(dir);
try {
  console.log(`\nLighthouse (mobile) against budgets (${Object.entries(SCORE_BUDGETS).map(([k, v]) => `${k} ≥ ${v}`).join(', ')}):\n`);
  const rows: string[] = [];
  for (const url of targets) {
    const scores = await lighthouseScores(chromePath, `${server.baseURL}${url}`);
    const cells = Object.entries(SCORE_BUDGETS).map(([id, budget]) => {
      const score = scores[id] ?? 0;
      if (score < budget) missed += 1;
      return pad(`${score < budget ? '✗' : '✓'} ${score}`, 16);
    });
    rows.push(`${cells.join('')}${url}`);
  }
  console.log(`${Object.keys(SCORE_BUDGETS).map((id) => pad(id, 16)).join('')}page`);
  for (const row of rows) console.log(row);
} finally {
  server.stop();
}

console.log(missed === 0 ? '\nAudit: every budget met.' : `\nAudit: ${missed} budget(s) missed.`);
process.exit(missed === 0 ? 0 : 1);
