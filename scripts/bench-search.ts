/**
 * npm run bench:search -- [--site DIR] [--runs N] [--query Q]...
 *
 * What a first search costs a reader: for each query, N times over in headless Chromium with an empty cache,
 * the bytes it moves and the time to the first result, in two journeys: typed on /search/ (timed from the Enter
 * that sends the query), and a shared /search/?q=… link (timed from navigation). The built site (DIR: $SITE_DIR, $SITE_OUT_DIR
 * or dist; build it first) is served gzipped as a host would serve it. Prints medians against the budgets of
 * issue 4 and exits 1 when one is missed. --budget-kb sets the search bytes budget (300 at 2,000 documents).
 */
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { chromiumArgs, requireChromium } from './find-chromium.ts';
import { freePort } from './preview-server.ts';
import { siteDir } from './site-files.ts';
import { measureQuery } from './bench-search/measure-query.ts';
import { serveStatic } from './bench-search/static-server.ts';
import { FIRST_RESULT_MS_BUDGET, formatSummary, SEARCH_BYTES_BUDGET, summariseRuns, type QueryRun } from './bench-search/summarise.ts';

/** What readers type: a phrase, a place, an abbreviation, a resolution number, a report reference. */
const DEFAULT_QUERIES = ['better care fund', 'Bassetlaw', 'STP', '2021/002', 'ASCPH'];

const { values } = parseArgs({
  options: {
    site: { type: 'string' },
    runs: { type: 'string', default: '5' },
    query: { type: 'string', multiple: true },
    'budget-kb': { type: 'string' },
  },
});
const dir = values.site ?? siteDir();
const runs = Number(values.runs);
const queries = values.query ?? DEFAULT_QUERIES;
const bytesBudget = values['budget-kb'] ? Number(values['budget-kb']) * 1000 : SEARCH_BYTES_BUDGET;
if (!Number.isInteger(runs) || runs < 1 || !Number.isFinite(bytesBudget)) {
  console.error('usage: npm run bench:search -- [--site DIR] [--runs N] [--query Q]... [--budget-kb KB]');
  process.exit(2);
}

const port = await freePort();
const server = await serveStatic(dir, port);
const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumArgs() });
const results: QueryRun[] = [];
try {
  // One warm-up, unmeasured: the first Chromium context of a run pays start-up costs a reader never sees.
  await measureQuery(browser, `http://127.0.0.1:${port}`, 'typed', queries[0]!);
  for (const scenario of ['typed', 'link'] as const) {
    for (const query of queries) {
      for (let i = 0; i < runs; i += 1) results.push(await measureQuery(browser, `http://127.0.0.1:${port}`, scenario, query));
    }
  }
} finally {
  await browser.close();
  server.close();
}
const rows = summariseRuns(results, bytesBudget, FIRST_RESULT_MS_BUDGET);
console.log(`Site: ${dir}\n`);
console.log(formatSummary(rows, bytesBudget, FIRST_RESULT_MS_BUDGET));
process.exit(rows.every((r) => r.bytesPass && r.timePass) ? 0 : 1);
