import { expect, test } from 'vitest';
import { formatSummary, isSearchRequest, summariseRuns, type QueryRun } from './summarise.ts';

const run = (query: string, searchBytes: number, firstResultMs: number, scenario: QueryRun['scenario'] = 'typed'): QueryRun => ({
  scenario,
  query,
  pageBytes: 10_000,
  searchBytes,
  firstResultMs,
});

test('takes the median of each query and scenario, in the order first run', () => {
  const rows = summariseRuns([run('STP', 120_000, 90), run('STP', 140_000, 400), run('STP', 130_000, 100), run('STP', 160_000, 500, 'link')]);
  expect(rows).toEqual([
    { scenario: 'typed', query: 'STP', runs: 3, pageBytes: 10_000, searchBytes: 130_000, firstResultMs: 100, bytesPass: true, timePass: true },
    { scenario: 'link', query: 'STP', runs: 1, pageBytes: 10_000, searchBytes: 160_000, firstResultMs: 500, bytesPass: false, timePass: false },
  ]);
});

test('a budget is met at the limit for bytes, and strictly under it for time', () => {
  expect(summariseRuns([run('a', 150_000, 299)])[0]).toMatchObject({ bytesPass: true, timePass: true });
  expect(summariseRuns([run('a', 150_001, 300)])[0]).toMatchObject({ bytesPass: false, timePass: false });
  expect(summariseRuns([run('a', 250_000, 10)], 300_000)[0]).toMatchObject({ bytesPass: true });
});

test('prints a table with the budgets in its heading and says which budget failed', () => {
  const text = formatSummary(summariseRuns([run('better care fund', 146_900, 120), run('2021/002', 151_000, 80, 'link')]));
  expect(text).toMatchInlineSnapshot(`
    "First query, median of 1 run (cold cache; budgets: search ≤ 150.0 kB, first result < 300 ms)

    | scenario          |            query | page kB | search kB | total kB | first result ms |       result |
    |-------------------|-----------------:|--------:|----------:|---------:|----------------:|-------------:|
    | typed on /search/ | better care fund |    10.0 |     146.9 |    156.9 |             120 |         pass |
    | shared link       |         2021/002 |    10.0 |     151.0 |    161.0 |              80 | FAIL (bytes) |"
  `);
});

test("counts Pagefind's bundle as the search, everything else as the page", () => {
  expect(isSearchRequest('http://127.0.0.1:4400/pagefind/index/en-gb_1.pf_index')).toBe(true);
  expect(isSearchRequest('http://127.0.0.1:4400/pagefind-vocab.json')).toBe(true);
  expect(isSearchRequest('http://127.0.0.1:4400/search/?q=pagefind')).toBe(false);
  expect(isSearchRequest('http://127.0.0.1:4400/_astro/SearchUi.js')).toBe(false);
});
