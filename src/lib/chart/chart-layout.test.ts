import { expect, test } from 'vitest';
import { CELL, chartMode, countLabel, layoutChart, lanesOf, markLabel, MAX_MARKS, stackEntries, type ChartEntry, type LaneSpec } from './chart-layout.ts';
import { quarterOf } from './quarters.ts';

const lanes: LaneSpec[] = [
  { id: 'mid-nottinghamshire', name: 'Mid-Nottinghamshire' },
  { id: 'county-wide', name: 'County-wide' },
];
const entry = (id: string, date: string, areas: ChartEntry['areas'], evidence: ChartEntry['evidence'] = 'resolved'): ChartEntry => ({
  id,
  date,
  datePrecision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
  evidence,
  title: `Title ${id}`,
  areas,
});
const entries = [
  entry('c', '2016-05-26', ['county-wide']),
  entry('a', '2016-04-20', ['mid-nottinghamshire', 'county-wide'], 'recommended'),
  entry('b', '2016-06', ['mid-nottinghamshire'], 'milestone'),
  entry('d', '2015', ['county-wide'], 'recorded'),
];
const span = { first: quarterOf('2015'), last: quarterOf('2016-12') };
const input = { entries, lanes, span, eras: [], entryHref: (id: string) => `/decisions/${id}/`, countHref: (lane: LaneSpec, year: number) => `/timeline/area/${lane.id}/#year-${year}` };

test('an entry is drawn in the lane of each of its areas; one naming no area only in the no-area lane', () => {
  expect(lanesOf({ areas: ['county-wide', 'mid-nottinghamshire'] }, lanes)).toEqual([0, 1]);
  expect(lanesOf({ areas: ['bassetlaw'] }, lanes)).toEqual([]);
  expect(lanesOf({ areas: [] }, [...lanes, { id: null, name: 'No area named' }])).toEqual([2]);
});

test('entries of one lane and quarter stack in date order', () => {
  expect(stackEntries(entries, lanes).map((p) => `${p.entry.id}:${p.lane}:${p.row}`)).toEqual(['d:1:0', 'a:0:0', 'a:1:0', 'c:1:1', 'b:0:1']);
});

test('an entry with no lane in the chart is refused, not dropped', () => {
  expect(() => stackEntries([entry('x', '2016', ['bassetlaw'])], lanes)).toThrowErrorMatchingInlineSnapshot(
    `[Error: Entry "x" (areas: bassetlaw) has no lane in this chart]`,
  );
});

test('marks are the entries, in date order, each a link to its page, named by date, evidence and title', () => {
  const layout = layoutChart(input);
  expect(layout.mode).toBe('marks');
  expect(layout.marks.map((m) => [m.href, m.label])).toEqual([
    ['/decisions/d/', '2015, recorded: Title d'],
    ['/decisions/a/', '20 April 2016, recommended: Title a (Mid-Nottinghamshire)'],
    ['/decisions/a/', '20 April 2016, recommended: Title a (County-wide)'],
    ['/decisions/c/', '26 May 2016, resolved: Title c'],
    ['/decisions/b/', 'June 2016, milestone: Title b'],
  ]);
  expect(new Set(layout.marks.map((m) => m.entryId))).toEqual(new Set(entries.map((e) => e.id)));
});

test('marks sit in their quarter, stacked without overlapping, inside their lane', () => {
  const layout = layoutChart(input);
  const [d, a1, a2, c, b] = layout.marks;
  expect(a1!.x).toBe(d!.x + 5 * CELL); // 2015 Q1 to 2016 Q2
  expect(c!.x).toBe(a2!.x);
  expect(c!.y).toBe(a2!.y + CELL);
  expect(b!.y).toBe(a1!.y + CELL);
  const boxes = layout.marks.map((m) => `${m.x},${m.y}`);
  expect(new Set(boxes).size).toBe(boxes.length);
  for (const m of layout.marks) {
    const lane = layout.lanes[m.lane]!;
    expect(m.y).toBeGreaterThanOrEqual(lane.y);
    expect(m.y + CELL).toBeLessThanOrEqual(lane.y + 20 + lane.rows * CELL);
  }
  expect(layout.lanes.map((l) => [l.name, l.rows])).toEqual([['Mid-Nottinghamshire', 2], ['County-wide', 2]]);
});

test('the axis has a column per year of the span, a CELL per quarter', () => {
  const layout = layoutChart(input);
  expect(layout.years.map((y) => y.year)).toEqual([2015, 2016]);
  expect(layout.width).toBe(8 * CELL + 24);
  expect(layout.years[1]!.x - layout.years[0]!.x).toBe(4 * CELL);
});

test('era bands are placed on the axis, their labels in rows that do not collide', () => {
  const e = (id: string, date: string) => ({ id, date, datePrecision: 'month' as const });
  const layout = layoutChart({
    ...input,
    eras: [
      { name: 'A long era name here', entry: e('x', '2015-01'), from: quarterOf('2015-01'), to: quarterOf('2015-04') },
      { name: 'Next', entry: e('y', '2015-04'), from: quarterOf('2015-04'), to: quarterOf('2016-10') },
      { name: 'Last', entry: e('z', '2016-10'), from: quarterOf('2016-10'), to: span.last + 1 },
    ],
  });
  expect(layout.bands.map((b) => [b.name, b.width / CELL, b.labelY > 13, b.shade])).toEqual([
    ['A long era name here', 1, false, 0],
    ['Next', 6, true, 1],
    ['Last', 1, false, 0],
  ]);
  expect(layout.plotTop).toBeGreaterThan(layout.bands[1]!.labelY);
});

test('in counts mode each lane quarter is one linked count, in date order', () => {
  const layout = layoutChart({ ...input, mode: 'counts' });
  expect(layout.marks).toEqual([]);
  expect(layout.counts.map((c) => [c.label, c.href, c.level])).toEqual([
    ['County-wide, January to March 2015: 1 entry', '/timeline/area/county-wide/#year-2015', 2],
    ['Mid-Nottinghamshire, April to June 2016: 2 entries', '/timeline/area/mid-nottinghamshire/#year-2016', 3],
    ['County-wide, April to June 2016: 2 entries', '/timeline/area/county-wide/#year-2016', 3],
  ]);
  expect(layout.lanes.every((l) => l.rows === 1)).toBe(true);
});

test('context lanes come last, counted and not linked', () => {
  const layout = layoutChart({ ...input, lanes: [lanes[0]!], entries: entries.filter((e) => e.areas.includes('mid-nottinghamshire')), context: [{ lane: lanes[1]!, entries: entries.filter((e) => e.areas.includes('county-wide')) }] });
  expect(layout.lanes.map((l) => [l.name, l.context])).toEqual([['Mid-Nottinghamshire', false], ['County-wide', true]]);
  expect(layout.marks.map((m) => m.entryId)).toEqual(['a', 'b']);
  expect(layout.counts.map((c) => [c.lane, c.count, c.href])).toEqual([[1, 1, null], [1, 2, null]]);
});

test('marks give way to counts at archive size', () => {
  expect(chartMode(entries, lanes)).toBe('marks');
  const many = Array.from({ length: MAX_MARKS + 1 }, (_, i) => entry(`e${i}`, `${2000 + (i % 20)}-0${1 + (i % 9)}`, ['county-wide']));
  expect(chartMode(many, lanes)).toBe('counts');
  const tall = Array.from({ length: 31 }, (_, i) => entry(`t${i}`, '2016-02-08', ['county-wide']));
  expect(chartMode(tall, lanes)).toBe('counts');
});

test('labels read as the issue asks', () => {
  expect(markLabel({ ...entry('x', '2021-01-11', ['county-wide']), title: 'Contain Outbreak Management Fund' }, null)).toBe(
    '11 January 2021, resolved: Contain Outbreak Management Fund',
  );
  expect(countLabel('Bassetlaw', quarterOf('2016-07'), 1)).toBe('Bassetlaw, July to September 2016: 1 entry');
});
