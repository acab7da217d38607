import { expect, test } from 'vitest';
import type { Decision } from '../model/decision.ts';
import { filterGroups, groupByYear, matchesFilter, timelinePath, viewByYear } from './timeline.ts';

type E = Pick<Decision, 'id' | 'date' | 'areas' | 'body' | 'evidence'>;
const entries: E[] = [
  { id: 'a', date: '2016-07-11', areas: ['bassetlaw'], body: 'Adult Social Care and Health Committee', evidence: 'recommended' },
  { id: 'b', date: '2015-11', areas: ['mid-nottinghamshire'], body: 'Policy Committee', evidence: 'recorded' },
  { id: 'c', date: '2016', areas: ['national'], body: null, evidence: 'milestone' },
];

test('every view has a static path', () => {
  expect(timelinePath({ by: 'all' })).toBe('/timeline/');
  expect(timelinePath({ by: 'area', value: 'bassetlaw' })).toBe('/timeline/area/bassetlaw/');
  expect(timelinePath({ by: 'committee', value: 'policy-committee' })).toBe('/timeline/committee/policy-committee/');
  expect(timelinePath({ by: 'kind', value: 'resolved' })).toBe('/timeline/kind/resolved/');
});

test('filters by area, committee slug and kind', () => {
  expect(entries.filter((e) => matchesFilter(e, { by: 'area', value: 'bassetlaw' })).map((e) => e.id)).toEqual(['a']);
  expect(entries.filter((e) => matchesFilter(e, { by: 'committee', value: 'policy-committee' })).map((e) => e.id)).toEqual(['b']);
  expect(entries.filter((e) => matchesFilter(e, { by: 'kind', value: 'milestone' })).map((e) => e.id)).toEqual(['c']);
});

test('groups by year in date order', () => {
  expect(groupByYear(entries).map((g) => [g.year, g.entries.map((e) => e.id)])).toEqual([
    [2015, ['b']],
    [2016, ['c', 'a']],
  ]);
});

test('offers only the filters that have entries, committees in alphabetical order', () => {
  const groups = filterGroups(entries);
  expect(groups.map((g) => [g.by, g.links.map((l) => `${l.label} (${l.count})`)])).toEqual([
    ['area', ['Mid-Nottinghamshire (1)', 'Bassetlaw (1)', 'National (1)']],
    ['committee', ['Adult Social Care and Health Committee (1)', 'Policy Committee (1)']],
    ['kind', ['Recommended (1)', 'Recorded (1)', 'Milestones (1)']],
  ]);
});

test("a view's entries by year: the matching entries, grouped as groupByYear does, worked out once per list and view", () => {
  const list = [...entries, { id: 'd', date: '2016-02-01', areas: ['bassetlaw'], body: 'Policy Committee', evidence: 'recorded' } satisfies E];
  const bassetlaw = viewByYear(list, { by: 'area', value: 'bassetlaw' });
  expect(bassetlaw.map((g) => [g.year, g.entries.map((e) => e.id)])).toEqual([[2016, ['d', 'a']]]);
  expect(viewByYear(list, { by: 'all' })).toEqual(groupByYear(list));
  expect(viewByYear(list, { by: 'area', value: 'bassetlaw' })).toBe(bassetlaw);
  expect(filterGroups(list)).toBe(filterGroups(list));
});
