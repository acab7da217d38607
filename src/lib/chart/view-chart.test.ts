import { expect, test } from 'vitest';
import type { Decision } from '../model/decision.ts';
import { CELL, MAX_MARKS } from './chart-layout.ts';
import { syntheticRecord } from './synthetic-record.ts';
import { viewChart, viewLanes } from './view-chart.ts';

const record = syntheticRecord(60);

test('a view of every area has a lane for each area its entries name, in the site order; one area view its own', () => {
  expect(viewLanes([{ areas: ['national'] }, { areas: ['bassetlaw', 'county-wide'] }], { by: 'all' }).map((l) => l.id)).toEqual(['bassetlaw', 'county-wide', 'national']);
  expect(viewLanes([{ areas: [] }], { by: 'kind', value: 'resolved' }).map((l) => l.name)).toEqual(['No area named']);
  expect(viewLanes(record, { by: 'area', value: 'bassetlaw' }).map((l) => l.id)).toEqual(['bassetlaw']);
});

test('a view charts exactly its entries, once per lane of their areas', () => {
  const { layout, entryCount } = viewChart(record, { by: 'kind', value: 'resolved' });
  const resolved = record.filter((e) => e.evidence === 'resolved');
  expect(entryCount).toBe(resolved.length);
  expect(layout.marks.length).toBe(resolved.reduce((n, e) => n + e.areas.length, 0));
  expect(new Set(layout.marks.map((m) => m.href))).toEqual(new Set(resolved.map((e) => `/decisions/${e.id}/`)));
});

test('an area view has its own lane, with county-wide and national behind it for context', () => {
  const { layout } = viewChart(record, { by: 'area', value: 'bassetlaw' });
  expect(layout.lanes.map((l) => [l.id, l.context])).toEqual([['bassetlaw', false], ['county-wide', true], ['national', true]]);
  expect(layout.counts.every((c) => c.href === null)).toBe(true);
  const own = record.filter((e) => e.areas.includes('bassetlaw'));
  expect(layout.marks.map((m) => m.entryId)).toEqual(own.map((e) => e.id));
});

test('the axis spans the whole record, whatever the view holds', () => {
  const few: Decision[] = [{ ...record[0]!, date: '2013-02-01', areas: ['national'] }, { ...record[1]!, date: '2022-11-01', areas: ['bassetlaw'] }];
  const { layout } = viewChart(few, { by: 'area', value: 'national' });
  expect(layout.years.map((y) => y.year)).toEqual([2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022]);
});

test('on the home page, counts link to each area’s list of that year', () => {
  const { layout } = viewChart(record, { by: 'all' }, { mode: 'counts' });
  for (const c of layout.counts) expect(c.href).toMatch(/^\/timeline\/area\/[a-z-]+\/#year-\d{4}$/);
  const thread = viewChart(record, { by: 'area', value: 'county-wide' }, { mode: 'counts', list: { path: '/areas/county-wide/', split: true } });
  expect(thread.layout.counts.filter((c) => c.href !== null).every((c) => /^\/areas\/county-wide\/\d{4}\/$/.test(c.href!))).toBe(true);
});

test('at archive size (10,000 entries) the chart counts by lane and quarter, its size bounded by the axis', () => {
  const big = syntheticRecord(10_000);
  const { layout } = viewChart(big, { by: 'all' });
  expect(layout.mode).toBe('counts');
  expect(big.length).toBeGreaterThan(MAX_MARKS);
  expect(layout.marks).toEqual([]);
  expect(layout.counts.length).toBeLessThanOrEqual(5 * 40);
  expect(layout.counts.reduce((n, c) => n + c.count, 0)).toBe(big.reduce((n, e) => n + e.areas.length, 0));
  expect(layout.height).toBeLessThan(5 * (20 + CELL + 10) + 100);
});
