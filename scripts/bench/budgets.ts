/** The Scale budgets of the brief, checked against a summary. */
import type { Summary } from './results.ts';

/** Import: under 60 s for 2,000 reports (for more, in proportion; for fewer, still 60 s: start-up costs do not scale down). */
export const IMPORT_SECONDS_PER_2000 = 60;
/** Full build (site plus search index): at most 2.5 times the bare Astro floor. */
export const MAX_BUILD_RATIO = 2.5;
/** Peak memory of the build's process tree: under 5 GB. */
export const MAX_PEAK_BYTES = 5e9;

/** One budget line: what was measured against what was allowed. */
export interface BudgetCheck {
  name: 'import' | 'build' | 'memory';
  limit: string;
  /** null when there was nothing to measure. */
  pass: boolean | null;
}

/** The import budget in seconds for a number of reports. */
export function importBudgetSeconds(reports: number): number {
  return IMPORT_SECONDS_PER_2000 * Math.max(1, reports / 2000);
}

/** Check a summary against the three budgets. */
export function checkBudgets(summary: Summary): BudgetCheck[] {
  const importLimit = importBudgetSeconds(summary.reports);
  const peak = summary.project === null ? null : Math.max(summary.project.peakBytes, summary.importPeakBytes ?? 0);
  return [
    {
      name: 'import',
      limit: summary.reports <= 2000 ? '< 60 s' : `< ${importLimit.toFixed(0)} s (60 s per 2,000)`,
      pass: summary.importSeconds === null ? null : summary.importSeconds < importLimit,
    },
    { name: 'build', limit: `≤ ${MAX_BUILD_RATIO}× floor`, pass: summary.ratio === null ? null : summary.ratio <= MAX_BUILD_RATIO },
    { name: 'memory', limit: '< 5 GB', pass: peak === null ? null : peak < MAX_PEAK_BYTES },
  ];
}
