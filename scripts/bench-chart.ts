/**
 * `npx tsx scripts/bench-chart.ts [N]`: the timeline chart's cost at archive size. Builds a synthetic record of N
 * entries (default 10,000: about 2,000 reports' worth), then times the chart of each kind of page that holds one
 * (median of 7, after the first chart of the build): /timeline/, an area's view and page, a kind of evidence, and the home page's compact chart; and
 * says how many links and cells each draws. The HTML bytes at 2,000 reports come from `npm run bench -- --keep`
 * (docs/scale.md).
 */
import { performance } from 'node:perf_hooks';
import { viewChart } from '../src/lib/chart/view-chart.ts';
import { syntheticRecord } from '../src/lib/chart/synthetic-record.ts';
import type { TimelineFilter } from '../src/lib/record/timeline.ts';

const count = Number(process.argv[2] ?? 10_000);
const record = syntheticRecord(count);
const views: { name: string; filter: TimelineFilter; mode?: 'counts' }[] = [
  { name: '/timeline/', filter: { by: 'all' } },
  { name: '/timeline/area/county-wide/ (and /areas/county-wide/)', filter: { by: 'area', value: 'county-wide' } },
  { name: '/timeline/kind/resolved/', filter: { by: 'kind', value: 'resolved' } },
  { name: '/ (compact)', filter: { by: 'all' }, mode: 'counts' },
];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`Synthetic record: ${record.length} entries`);
// The first chart of a build also works out what every chart of the record shares (axis, eras, each area's entries).
const first = performance.now();
viewChart(record, { by: 'all' });
console.log(`${'first chart of a build (with the shared facts)'.padEnd(56)} ${(performance.now() - first).toFixed(1).padStart(6)} ms`);
for (const view of views) {
  const times: number[] = [];
  let chart = viewChart(record, view.filter, view.mode ? { mode: view.mode } : {});
  for (let i = 0; i < 7; i++) {
    const start = performance.now();
    chart = viewChart(record, view.filter, view.mode ? { mode: view.mode } : {});
    times.push(performance.now() - start);
  }
  const { layout } = chart;
  const links = layout.marks.length + layout.counts.filter((c) => c.href !== null).length;
  console.log(`${view.name.padEnd(56)} ${median(times).toFixed(1).padStart(6)} ms  ${layout.mode}, ${links} links, ${layout.counts.length} cells, ${layout.width}×${layout.height} px`);
}
