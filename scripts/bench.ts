/**
 * npm run bench -- [--reports N] [--runs R] [--keep]
 *
 * How the site scales: makes N synthetic report texts from the seeds in sources/ (deterministically), then, in work
 * trees under .bench/ (never the project's own content/ or dist/), R times over: imports them with the project's
 * importer (`npm run import`), builds the site and its search index, and builds the floor (a bare Astro site holding
 * the same text as plain Markdown) the same way. Prints the medians against the Scale budgets of the brief and exits
 * non-zero if a budget is missed or could not be checked. --keep leaves the work trees in .bench/ for a look.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkBudgets } from './bench/budgets.ts';
import { buildSite, treeEnv, WHOLE_SITE_INDEX_ARGS } from './bench/build-site.ts';
import { floorFiles } from './bench/floor-site.ts';
import { formatTable } from './bench/format-table.ts';
import { generateArchive } from './bench/generate-archive.ts';
import { measureCommand } from './bench/measure-command.ts';
import { readRecordCounts, type RecordCounts } from './bench/record-counts.ts';
import { summarise, type RunResult } from './bench/results.ts';
import { buildCorpus } from './bench/seed-corpus.ts';
import { toPlainMarkdown } from './bench/to-markdown.ts';
import { copyProject, linkNodeModules, resetTree, Trash, writeTree } from './bench/work-tree.ts';

const USAGE = 'usage: npm run bench -- [--reports N] [--runs R] [--keep]';
/** What the importer writes into a project, cleared before each import. */
const IMPORTED = ['content/documents', 'content/meetings', 'sources', 'content/decisions.json', 'content/cited-documents.json'];

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} ${value}: expected a whole number of at least 1\n${USAGE}`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { reports: { type: 'string' }, runs: { type: 'string' }, keep: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const reports = positiveInt('reports', values.reports, 200);
  const runs = positiveInt('runs', values.runs, 3);
  const root = process.cwd();
  const bench = join(root, '.bench');
  const texts = join(bench, `reports-${reports}`);
  const site = join(bench, 'site');
  const floor = join(bench, 'floor');
  const logFile = join(bench, `bench-${reports}.log`);
  mkdirSync(bench, { recursive: true });
  writeFileSync(logFile, '');
  // A bench stopped half-way leaves its trash; it is deleted with this run's, at the end.
  const trash = new Trash(join(bench, 'trash'));

  const seeds = readdirSync(join(root, 'sources')).filter((f) => f.endsWith('.txt')).sort().map((file) => ({ file, text: readFileSync(join(root, 'sources', file), 'utf8') }));
  const archive = generateArchive(buildCorpus(seeds), reports);
  const textBytes = archive.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
  trash.discard(texts);
  writeTree(texts, Object.fromEntries(archive.map((s) => [s.file, s.text])));
  console.log(`Generated ${reports} report texts (${(textBytes / 1e6).toFixed(1)} MB) in ${texts}`);

  copyProject(root, site, trash);
  trash.discard(floor);
  writeTree(floor, { ...floorFiles(), ...Object.fromEntries(archive.map((s) => [`content/reports/${s.file.replace(/\.txt$/, '.md')}`, toPlainMarkdown(s.text, s.file)])) });
  linkNodeModules(root, floor);
  const hasImporter = existsSync(join(site, 'scripts/import.ts'));
  if (!hasImporter) console.warn('scripts/import.ts does not exist yet: the import and the project build are not run, only the floor.');

  const results: RunResult[] = [];
  for (let run = 1; run <= runs; run++) {
    console.log(`Run ${run} of ${runs}…`);
    let importSeconds: number | null = null;
    let importPeakBytes: number | null = null;
    let record: RecordCounts | null = null;
    let project: RunResult['project'] = null;
    if (hasImporter) {
      resetTree(site, IMPORTED, trash);
      const files = archive.map((s) => resolve(texts, s.file));
      const imported = await measureCommand('npm', ['run', '--silent', 'import', '--', ...files], { cwd: site, env: treeEnv(site), logFile });
      if (imported.exitCode !== 0) throw new Error(`the import failed (exit ${imported.exitCode}); see ${logFile}`);
      importSeconds = imported.seconds;
      importPeakBytes = imported.peakBytes;
      record = readRecordCounts(site);
      console.log(`  import ${imported.seconds.toFixed(1)} s, ${record.entries} record entries (${record.statements} statements before retellings were merged)`);
      resetTree(site, [], trash);
      project = await buildSite(site, logFile, { env: { PUBLISHED_URLS_CHECK: 'off' } });
      console.log(`  project build ${(project.astroSeconds + project.pagefindSeconds).toFixed(1)} s, ${(project.peakBytes / 1e9).toFixed(2)} GB`);
    }
    resetTree(floor, [], trash);
    // The floor is bare Astro: Node's defaults, and Pagefind over every page.
    const floorBuild = await buildSite(floor, logFile, { nodeFlags: [], indexArgs: WHOLE_SITE_INDEX_ARGS });
    console.log(`  floor build ${(floorBuild.astroSeconds + floorBuild.pagefindSeconds).toFixed(1)} s, ${(floorBuild.peakBytes / 1e9).toFixed(2)} GB`);
    results.push({ importSeconds, importPeakBytes, record, project, floor: floorBuild });
  }

  const summary = summarise(results, reports, textBytes);
  const checks = checkBudgets(summary);
  const table = formatTable(summary, checks);
  writeFileSync(join(bench, `results-${reports}.json`), `${JSON.stringify({ summary, checks, runs: results }, null, 2)}\n`);
  console.log(`\n${table}\n`);
  if (!values.keep) for (const path of [texts, site, floor]) trash.discard(path);
  trash.empty();
  if (checks.some((c) => c.pass !== true)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
