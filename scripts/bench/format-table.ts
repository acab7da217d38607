/** The benchmark's result as an aligned Markdown table: readable in a terminal, pasteable into docs/scale.md. */
import type { BudgetCheck } from './budgets.ts';
import type { Summary } from './results.ts';

const DASH = '–';

const seconds = (s: number): string => s.toFixed(1);
const gigabytes = (bytes: number): string => (bytes / 1e9).toFixed(2);
const megabytes = (bytes: number): string => (bytes / 1e6).toFixed(1);

function verdict(check: BudgetCheck | undefined): string {
  if (check === undefined) return '';
  return check.pass === null ? 'not run' : check.pass ? 'pass' : 'FAIL';
}

/** Pad cells to column widths and draw a Markdown table. */
export function alignTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** The summary and budget checks as a table, with a one-line heading. */
export function formatTable(summary: Summary, checks: readonly BudgetCheck[]): string {
  const check = (name: BudgetCheck['name']): BudgetCheck | undefined => checks.find((c) => c.name === name);
  const { project, floor, record } = summary;
  const perReport = (n: number): string => (n / summary.reports).toFixed(2);
  const importPeak = summary.importPeakBytes === null ? DASH : gigabytes(summary.importPeakBytes);
  const p = (format: (b: NonNullable<Summary['project']>) => string): string => (project === null ? 'not run' : format(project));
  const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;
  const rows: string[][] = [
    ['import (s)', summary.importSeconds === null ? 'not run' : seconds(summary.importSeconds), DASH, DASH, check('import')?.limit ?? '', verdict(check('import'))],
    ['build, site + index (s)', p((b) => seconds(b.seconds)), seconds(floor.seconds), summary.ratio === null ? DASH : `${summary.ratio.toFixed(2)}×`, check('build')?.limit ?? '', verdict(check('build'))],
    ['  astro build (s)', p((b) => seconds(b.astroSeconds)), seconds(floor.astroSeconds), p((b) => ratio(b.astroSeconds, floor.astroSeconds)), '', ''],
    ['  pagefind (s)', p((b) => seconds(b.pagefindSeconds)), seconds(floor.pagefindSeconds), p((b) => ratio(b.pagefindSeconds, floor.pagefindSeconds)), '', ''],
    ['build vs bare site, no index (s)', p((b) => seconds(b.seconds)), seconds(floor.astroSeconds), summary.ratioBareSite === null ? DASH : `${summary.ratioBareSite.toFixed(2)}×`, '', ''],
    ['peak memory, build (GB)', p((b) => gigabytes(b.peakBytes)), gigabytes(floor.peakBytes), DASH, check('memory')?.limit ?? '', verdict(check('memory'))],
    ['peak memory, import (GB)', importPeak, DASH, DASH, '', ''],
    ['output (MB)', p((b) => megabytes(b.outputBytes)), megabytes(floor.outputBytes), DASH, '', ''],
    ['HTML pages', p((b) => String(b.pages)), String(floor.pages), DASH, '', ''],
    ['HTML pages per report', p((b) => perReport(b.pages)), perReport(floor.pages), DASH, '', ''],
    ['record statements per report, unmerged', record === null ? 'not run' : perReport(record.statements), DASH, DASH, '', ''],
    ['record entries per report, retellings merged', record === null ? 'not run' : perReport(record.entries), DASH, DASH, '', ''],
  ];
  const heading = `${summary.reports.toLocaleString('en-GB')} reports (${megabytes(summary.textBytes)} MB of text), median of ${summary.runs} run${summary.runs === 1 ? '' : 's'}`;
  return `${heading}\n\n${alignTable(['', 'project', 'floor', 'ratio', 'budget', 'result'], rows)}`;
}
