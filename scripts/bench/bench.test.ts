import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkBudgets, importBudgetSeconds } from './budgets.ts';
import { generateArchive, sourceName } from './generate-archive.ts';
import { councilDate, withPageFooters } from './generate-report.ts';
import { alignTable, formatTable } from './format-table.ts';
import { median } from './median.ts';
import { planArchive } from './plan-archive.ts';
import { createRng, seedFrom } from './prng.ts';
import { parseProcStat, treeRssPages } from './process-tree.ts';
import { countRecord } from './record-counts.ts';
import { summarise, type BuildMeasure, type RunResult } from './results.ts';
import { buildCorpus, reportSlices, type Corpus } from './seed-corpus.ts';
import { toPlainMarkdown } from './to-markdown.ts';
import { keepInCopy, resetTree, Trash } from './work-tree.ts';

const SEED = [
  'Report to Policy Committee',
  '',
  '20 April 2016',
  '',
  'Agenda Item: 7',
  '',
  'REPORT OF THE CHAIR OF THE ADULT SOCIAL CARE AND HEALTH COMMITTEE',
  '',
  'UPDATE ON PROGRESS WITH ARRANGEMENTS TO INTEGRATE HEALTH AND SOCIAL CARE',
  '',
  'Purpose of the Report',
  '',
  '1. To provide Members with an update on arrangements to integrate health and social care in Mid-Nottinghamshire.',
  '',
  'Better Together Alliance',
  '',
  '2. The Better Together Alliance is a partnership between the clinical commissioning groups and the council. It was formed in 2015 to join up urgent care across the whole area.',
  ' - Urgent and proactive care for people with long term conditions',
  ' - Elective care and maternity care',
  'Post Title\tFTE\tGrade',
  'Support Officer\t0.8\tB',
  '',
  'RECOMMENDATION/S',
  '',
  '1) notes the update on the development of integrated arrangements in Mid-Nottinghamshire',
  '',
  'Constitutional Comments',
  '',
  '3. Adult Social Care and Health Committee is the appropriate body to consider the content of this report.',
  '',
  'ASCH393',
].join('\n');

const corpus: Corpus = { ...buildCorpus([{ file: 'seed.txt', text: SEED }]), reportSizes: [5000, 9000] };

describe('seed corpus', () => {
  test('takes sentences, list items, committees, recommendations and tables from a seed', () => {
    expect(corpus.sentences).toContain('It was formed in 2015 to join up urgent care across the whole area.');
    expect(corpus.listItems).toContain('Elective care and maternity care');
    expect(corpus.committees).toEqual(['Policy Committee', 'Adult Social Care and Health Committee']);
    expect(corpus.recommendations).toEqual(['notes the update on the development of integrated arrangements in Mid-Nottinghamshire']);
    expect(corpus.tables).toEqual([['Post Title\tFTE\tGrade', 'Support Officer\t0.8\tB']]);
    expect(corpus.headings).toContain('Better Together Alliance');
  });

  test('cuts an agenda pack into its reports', () => {
    expect(reportSlices('Agenda\nReport to A\nx\nReport to B\ny')).toEqual(['Report to A\nx', 'Report to B\ny']);
    expect(reportSlices('one report')).toEqual(['one report']);
  });
});

describe('generator', () => {
  test('the same seed gives the same numbers', () => {
    const a = createRng(seedFrom('x'));
    const b = createRng(seedFrom('x'));
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
    expect(seedFrom('x')).not.toBe(seedFrom('y'));
  });

  test('generating twice gives byte-identical files', () => {
    expect(generateArchive(corpus, 12)).toEqual(generateArchive(corpus, 12));
  });

  test('a smaller archive is the start of a larger one', () => {
    expect(generateArchive(corpus, 5)).toEqual(generateArchive(corpus, 12).slice(0, 5));
  });

  test('every report has the header the importer reads and a unique meeting and item', () => {
    const archive = generateArchive(corpus, 40);
    for (const { text } of archive) {
      expect(text).toMatch(/^Report to (Policy|Adult Social Care and Health) Committee\n\n\d{1,2} [A-Z][a-z]+ \d{4}\n\nAgenda Item: \d+\n/);
      expect(text).toMatch(/\nRECOMMENDATION\/S\n/);
      expect(text).toMatch(/\n(ASCH|PC)\d+\n(Page \d+ of \d+\n)?$/);
    }
    const slots = planArchive(500, corpus.committees).map((s) => `${s.date} ${s.committee} ${s.agendaItem}`);
    expect(new Set(slots).size).toBe(500);
  });

  test('reports are about the size of the seeds’ reports', () => {
    const sizes = generateArchive(corpus, 21).map((s) => s.text.length);
    expect(median(sizes)).toBeGreaterThan(5000 * 0.8);
    expect(median(sizes)).toBeLessThan(9000 * 1.2 + 1000);
  });

  test('names files by position and dates as the council writes them', () => {
    expect(sourceName(42)).toBe('bench-00042.txt');
    expect(councilDate('2016-04-20')).toBe('20 April 2016');
    expect(councilDate('2021-02-08')).toBe('8 February 2021');
  });

  test('inserts page footers every 45 lines', () => {
    const lines = Array.from({ length: 90 }, (_, i) => `l${i}`);
    const out = withPageFooters(lines, 3);
    expect(out).toHaveLength(92);
    expect(out[45]).toBe('Page 3 of 25');
    expect(out[91]).toBe('Page 4 of 25');
  });
});

describe('floor markdown', () => {
  test('keeps the words as plain paragraphs, escaping what Markdown would read as syntax', () => {
    expect(toPlainMarkdown('Report to X\n\nA TITLE IN CAPITALS\n\n1. One\nline\n\n- a <b> & c', 'f.txt')).toBe(
      '---\ntitle: "A TITLE IN CAPITALS"\n---\n\nReport to X\n\nA TITLE IN CAPITALS\n\n\\1. One line\n\n\\- a &lt;b> &amp; c\n',
    );
  });
});

describe('median', () => {
  test('of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  test('refuses an empty list', () => {
    expect(() => median([])).toThrowErrorMatchingInlineSnapshot(`[Error: median of no values]`);
  });
});

describe('process tree memory', () => {
  test('reads pid, ppid and rss even when the name holds spaces and parentheses', () => {
    const line = '4242 (node (worker) x) S 4200 4242 4242 0 -1 4194560 1 0 0 0 1 2 0 0 20 0 11 0 123 456789 1500 184467 0 0';
    expect(parseProcStat(line)).toEqual({ pid: 4242, ppid: 4200, rssPages: 1500 });
    expect(parseProcStat('garbage')).toBeNull();
  });

  test('sums the root and all its descendants, nothing else', () => {
    const stats = [
      { pid: 1, ppid: 0, rssPages: 1000 },
      { pid: 10, ppid: 1, rssPages: 5 },
      { pid: 11, ppid: 10, rssPages: 7 },
      { pid: 12, ppid: 11, rssPages: 11 },
      { pid: 20, ppid: 1, rssPages: 100 },
    ];
    expect(treeRssPages(stats, 10)).toBe(23);
    expect(treeRssPages(stats, 99)).toBe(0);
  });
});

describe('work copy', () => {
  test('leaves out git, builds, caches and what the importer makes', () => {
    for (const path of ['.git/HEAD', 'node_modules/astro', 'dist/index.html', 'dist-bench/x', '.bench/site', 'sources/000.txt', 'content/documents/a.mdx', 'content/decisions.json', 'content/editorial/decisions.yaml']) expect(keepInCopy(path), path).toBe(false);
    for (const path of ['src/pages/index.astro', 'content/glossary.yaml', 'content/decisions.sample.json', 'astro.config.mjs', 'package.json']) expect(keepInCopy(path), path).toBe(true);
  });
});

const build = (seconds: number, peakGb: number): BuildMeasure => ({ astroSeconds: seconds - 1, pagefindSeconds: 1, peakBytes: peakGb * 1e9, outputBytes: 12.5e6, pages: 400 });
const runs: RunResult[] = [
  { importSeconds: 20, importPeakBytes: 0.5e9, record: { entries: 9000, statements: 10000 }, project: build(30, 1.5), floor: build(15, 1) },
  { importSeconds: 22, importPeakBytes: 0.6e9, record: { entries: 3000, statements: 10000 }, project: build(33, 1.6), floor: build(12, 1.1) },
  { importSeconds: 21, importPeakBytes: 0.4e9, record: { entries: 3000, statements: 10000 }, project: build(36, 1.4), floor: build(18, 0.9) },
];

describe('summary and budgets', () => {
  test('takes medians, and the ratio as the median of each run’s own ratio', () => {
    const s = summarise(runs, 2000, 40e6);
    expect(s.importSeconds).toBe(21);
    expect(s.project?.seconds).toBe(33);
    expect(s.floor.seconds).toBe(15);
    expect(s.ratio).toBe(2);
    // Against the floor's astro build alone, run by run: 30/14, 33/11, 36/17; the median is 30/14.
    expect(s.ratioBareSite).toBeCloseTo(30 / 14);
    expect(s.record).toEqual({ entries: 3000, statements: 10000 });
  });

  test('counts the record’s entries, and the statements merged into them', () => {
    expect(countRecord([{ mergedIds: ['a-2', 'a-3'] }, {}, { mergedIds: ['c-2'] }])).toEqual({ entries: 3, statements: 6 });
  });

  test('checks the three budgets of the brief', () => {
    expect(checkBudgets(summarise(runs, 2000, 40e6))).toEqual([
      { name: 'import', limit: '< 60 s', pass: true },
      { name: 'build', limit: '≤ 2.5× floor', pass: true },
      { name: 'memory', limit: '< 5 GB', pass: true },
    ]);
    const slow = runs.map((r) => ({ ...r, project: build(60, 6) }));
    expect(checkBudgets(summarise(slow, 2000, 40e6)).map((c) => c.pass)).toEqual([true, false, false]);
    expect(importBudgetSeconds(200)).toBe(60);
    expect(importBudgetSeconds(4000)).toBe(120);
  });

  test('a run without an import leaves the project’s budgets unchecked', () => {
    const floorOnly = runs.map((r) => ({ ...r, importSeconds: null, importPeakBytes: null, record: null, project: null }));
    expect(checkBudgets(summarise(floorOnly, 200, 4e6)).map((c) => c.pass)).toEqual([null, null, null]);
  });
});

describe('table', () => {
  test('aligns columns as a Markdown table', () => {
    expect(alignTable(['', 'a'], [['row', '1.5'], ['longer row', '10.25']])).toBe(
      ['|            |     a |', '|------------|------:|', '| row        |   1.5 |', '| longer row | 10.25 |'].join('\n'),
    );
  });

  test('prints the summary against the budgets', () => {
    const s = summarise(runs, 2000, 40e6);
    expect(formatTable(s, checkBudgets(s))).toMatchInlineSnapshot(`
      "2,000 reports (40.0 MB of text), median of 3 runs

      |                                              | project | floor | ratio |       budget | result |
      |----------------------------------------------|--------:|------:|------:|-------------:|-------:|
      | import (s)                                   |    21.0 |     – |     – |       < 60 s |   pass |
      | build, site + index (s)                      |    33.0 |  15.0 | 2.00× | ≤ 2.5× floor |   pass |
      |   astro build (s)                            |    32.0 |  14.0 | 2.29× |              |        |
      |   pagefind (s)                               |     1.0 |   1.0 | 1.00× |              |        |
      | build vs bare site, no index (s)             |    33.0 |  14.0 | 2.14× |              |        |
      | peak memory, build (GB)                      |    1.50 |  1.00 |     – |       < 5 GB |   pass |
      | peak memory, import (GB)                     |    0.50 |     – |     – |              |        |
      | output (MB)                                  |    12.5 |  12.5 |     – |              |        |
      | HTML pages                                   |     400 |   400 |     – |              |        |
      | HTML pages per report                        |    0.20 |  0.20 |     – |              |        |
      | record statements per report, unmerged       |    5.00 |     – |     – |              |        |
      | record entries per report, retellings merged |    1.50 |     – |     – |              |        |"
    `);
  });
});

describe('trash', () => {
  test('a reset moves the last build and imported content aside by name, and deletes nothing until emptied', () => {
    const root = mkdtempSync(join(tmpdir(), 'bench-trash-'));
    try {
      const tree = join(root, 'site');
      mkdirSync(join(tree, 'dist/decisions'), { recursive: true });
      writeFileSync(join(tree, 'dist/decisions/index.html'), 'old page');
      mkdirSync(join(tree, 'content/documents'), { recursive: true });
      writeFileSync(join(tree, 'content/documents/a.mdx'), 'old document');
      const trash = new Trash(join(root, 'trash'));
      resetTree(tree, ['content/documents'], trash);
      expect(existsSync(join(tree, 'dist'))).toBe(false);
      expect(readdirSync(join(tree, 'content/documents'))).toEqual([]);
      expect(readdirSync(join(root, 'trash'))).toHaveLength(2);
      trash.discard(join(tree, 'no-such-folder'));
      trash.empty();
      expect(existsSync(join(root, 'trash'))).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
