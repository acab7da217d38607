/** What one benchmark run measures, and the medians over several runs. */
import { median } from './median.ts';
import type { RecordCounts } from './record-counts.ts';

/** One build (astro build, then the Pagefind index) of one site. */
export interface BuildMeasure {
  astroSeconds: number;
  pagefindSeconds: number;
  /** Largest resident memory of the whole process tree at any moment, in bytes. */
  peakBytes: number;
  /** Bytes of the built site, search index included. */
  outputBytes: number;
  /** HTML pages built. */
  pages: number;
}

/** One repetition: import, then the project's build and the floor's build. */
export interface RunResult {
  /** Null when the import could not run (e.g. the importer is missing). */
  importSeconds: number | null;
  importPeakBytes: number | null;
  /** The imported record's size; null when the import could not run. */
  record: RecordCounts | null;
  /** Null when there was nothing imported to build. */
  project: BuildMeasure | null;
  floor: BuildMeasure;
}

/** Medians over the runs; `ratio` is the median of each run's project/floor build time. */
export interface Summary {
  reports: number;
  textBytes: number;
  runs: number;
  importSeconds: number | null;
  importPeakBytes: number | null;
  /** The same in every run (the import is deterministic): the last run's. */
  record: RecordCounts | null;
  project: (BuildMeasure & { seconds: number }) | null;
  floor: BuildMeasure & { seconds: number };
  ratio: number | null;
  /**
   * The budget read literally: the project's full build against the floor's `astro build` alone (a bare site with no
   * search index), again the median of each run's own ratio. Reported beside `ratio`, which is like for like.
   */
  ratioBareSite: number | null;
}

function medianBuild(builds: readonly BuildMeasure[]): BuildMeasure & { seconds: number } {
  const of = (pick: (b: BuildMeasure) => number): number => median(builds.map(pick));
  return {
    seconds: of((b) => b.astroSeconds + b.pagefindSeconds),
    astroSeconds: of((b) => b.astroSeconds),
    pagefindSeconds: of((b) => b.pagefindSeconds),
    peakBytes: of((b) => b.peakBytes),
    outputBytes: of((b) => b.outputBytes),
    pages: of((b) => b.pages),
  };
}

/** Summarise runs by their medians. */
export function summarise(runs: readonly RunResult[], reports: number, textBytes: number): Summary {
  if (runs.length === 0) throw new Error('no runs to summarise');
  const imports = runs.flatMap((r) => (r.importSeconds === null ? [] : [r.importSeconds]));
  const importPeaks = runs.flatMap((r) => (r.importPeakBytes === null ? [] : [r.importPeakBytes]));
  const total = (b: BuildMeasure): number => b.astroSeconds + b.pagefindSeconds;
  const pairs = runs.flatMap((r) => (r.project === null ? [] : [{ project: r.project, floor: r.floor }]));
  return {
    reports,
    textBytes,
    runs: runs.length,
    importSeconds: imports.length > 0 ? median(imports) : null,
    importPeakBytes: importPeaks.length > 0 ? median(importPeaks) : null,
    record: runs.findLast((r) => r.record !== null)?.record ?? null,
    project: pairs.length > 0 ? medianBuild(pairs.map((p) => p.project)) : null,
    floor: medianBuild(runs.map((r) => r.floor)),
    ratio: pairs.length > 0 ? median(pairs.map((p) => total(p.project) / total(p.floor))) : null,
    ratioBareSite: pairs.length > 0 ? median(pairs.map((p) => total(p.project) / p.floor.astroSeconds)) : null,
  };
}
