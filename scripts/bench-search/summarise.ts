/** The search benchmark's runs, summed up: medians per scenario and query, against the budgets of issue 4. */
import { alignTable } from '../bench/format-table.ts';
import { median } from '../bench/median.ts';

/** One measured first query. */
export interface QueryRun {
  /** "typed": the reader opens /search/ and types; "link": the reader opens a shared /search/?q=… address. */
  scenario: 'typed' | 'link';
  query: string;
  /** Bytes moved loading the page itself (HTML, CSS, the page's own JS) before the search starts. */
  pageBytes: number;
  /** Bytes moved by the search: Pagefind's UI, engine, index and fragments. */
  searchBytes: number;
  /** From the reader's action (Enter in the box, or navigation for a link) to the first result on screen, in ms. */
  firstResultMs: number;
}

/** A first query moves at most this many bytes for the search (issue 4: 150 kB on this site; 300 kB at 2,000 documents). */
export const SEARCH_BYTES_BUDGET = 150_000;
/** Results arrive within this many ms in headless Chromium on this machine. */
export const FIRST_RESULT_MS_BUDGET = 300;

export interface QuerySummary {
  scenario: QueryRun['scenario'];
  query: string;
  runs: number;
  pageBytes: number;
  searchBytes: number;
  firstResultMs: number;
  bytesPass: boolean;
  timePass: boolean;
}

/** Medians per (scenario, query), in the order they were first run. */
export function summariseRuns(runs: readonly QueryRun[], bytesBudget = SEARCH_BYTES_BUDGET, msBudget = FIRST_RESULT_MS_BUDGET): QuerySummary[] {
  const groups = new Map<string, QueryRun[]>();
  for (const run of runs) {
    const key = `${run.scenario}\u0000${run.query}`;
    groups.set(key, [...(groups.get(key) ?? []), run]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    const searchBytes = median(group.map((r) => r.searchBytes));
    const firstResultMs = median(group.map((r) => r.firstResultMs));
    return {
      scenario: first.scenario,
      query: first.query,
      runs: group.length,
      pageBytes: median(group.map((r) => r.pageBytes)),
      searchBytes,
      firstResultMs,
      bytesPass: searchBytes <= bytesBudget,
      timePass: firstResultMs < msBudget,
    };
  });
}

const kB = (bytes: number): string => (bytes / 1000).toFixed(1);

/** The summaries as an aligned Markdown table, with the budgets in the heading. */
export function formatSummary(rows: readonly QuerySummary[], bytesBudget = SEARCH_BYTES_BUDGET, msBudget = FIRST_RESULT_MS_BUDGET): string {
  const runs = rows[0]?.runs ?? 0;
  const heading = `First query, median of ${runs} run${runs === 1 ? '' : 's'} (cold cache; budgets: search ≤ ${kB(bytesBudget)} kB, first result < ${msBudget} ms)`;
  const table = alignTable(
    ['scenario', 'query', 'page kB', 'search kB', 'total kB', 'first result ms', 'result'],
    rows.map((r) => [
      r.scenario === 'typed' ? 'typed on /search/' : 'shared link',
      r.query,
      kB(r.pageBytes),
      kB(r.searchBytes),
      kB(r.pageBytes + r.searchBytes),
      r.firstResultMs.toFixed(0),
      r.bytesPass && r.timePass ? 'pass' : `FAIL${r.bytesPass ? '' : ' (bytes)'}${r.timePass ? '' : ' (time)'}`,
    ]),
  );
  return `${heading}\n\n${table}`;
}

/**
 * Whether a request belongs to the search rather than to the page: Pagefind's bundle under /pagefind/, and the
 * "Did you mean" vocabulary the page fetches after the results (/pagefind-vocab.json).
 */
export function isSearchRequest(url: string): boolean {
  const path = new URL(url).pathname;
  return path.startsWith('/pagefind/') || path === '/pagefind-vocab.json';
}
