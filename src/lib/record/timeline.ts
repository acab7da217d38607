import type { Area } from '../model/document.ts';
import type { Decision, Evidence } from '../model/decision.ts';
import { AREAS } from './areas.ts';
import { EVIDENCE_ORDER, EVIDENCE_WORDS } from './evidence.ts';
import { sortEntries } from './order.ts';
import { committeeSlug } from './slug.ts';
import { yearOf } from './dates.ts';

/** One view of the timeline: everything, or one area, one committee or one kind of evidence. */
export type TimelineFilter =
  | { by: 'all' }
  | { by: 'area'; value: Area }
  | { by: 'committee'; value: string }
  | { by: 'kind'; value: Evidence };

type Entry = Pick<Decision, 'id' | 'date' | 'areas' | 'body' | 'evidence'>;

/** The static URL of a timeline view: /timeline/, /timeline/area/bassetlaw/, /timeline/committee/<slug>/, /timeline/kind/resolved/. */
export function timelinePath(filter: TimelineFilter): string {
  return filter.by === 'all' ? '/timeline/' : `/timeline/${filter.by}/${filter.value}/`;
}

/** Whether an entry belongs in a view. A committee filter matches the slug of the entry's body. */
export function matchesFilter(entry: Entry, filter: TimelineFilter): boolean {
  switch (filter.by) {
    case 'all':
      return true;
    case 'area':
      return entry.areas.includes(filter.value);
    case 'committee':
      return entry.body !== null && committeeSlug(entry.body) === filter.value;
    case 'kind':
      return entry.evidence === filter.value;
  }
}

export interface YearGroup<T> {
  year: number;
  entries: T[];
}

/** Entries in date order, grouped by year, oldest year first. */
export function groupByYear<T extends Pick<Decision, 'id' | 'date'>>(entries: readonly T[]): YearGroup<T>[] {
  const groups: YearGroup<T>[] = [];
  for (const entry of sortEntries(entries)) {
    const year = yearOf(entry.date);
    const last = groups.at(-1);
    if (last?.year === year) last.entries.push(entry);
    else groups.push({ year, entries: [entry] });
  }
  return groups;
}

export interface FilterLink {
  filter: TimelineFilter;
  label: string;
  count: number;
}

export interface FilterGroup {
  /** "Area", "Committee or body", "Kind of evidence". */
  legend: string;
  by: 'area' | 'committee' | 'kind';
  links: FilterLink[];
}

/** Each list's filter groups and views by year, worked out once: every timeline page asks for the same ones. */
const groupsOf = new WeakMap<readonly Entry[], FilterGroup[]>();
const viewsOf = new WeakMap<readonly Entry[], Map<string, YearGroup<Entry>[]>>();

/** The entries of one view, grouped by year (groupByYear), for a list the site renders many pages from. */
export function viewByYear<T extends Entry>(entries: readonly T[], filter: TimelineFilter): YearGroup<T>[] {
  let views = viewsOf.get(entries);
  if (!views) viewsOf.set(entries, (views = new Map()));
  const path = timelinePath(filter);
  let years = views.get(path);
  if (!years) views.set(path, (years = groupByYear(entries.filter((e) => matchesFilter(e, filter)))));
  return years as YearGroup<T>[];
}

/** Every filter view that has at least one entry, as groups of links for the filter navigation. */
export function filterGroups(entries: readonly Entry[]): FilterGroup[] {
  const cached = groupsOf.get(entries);
  if (cached) return cached;
  const groups = buildFilterGroups(entries);
  groupsOf.set(entries, groups);
  return groups;
}

function buildFilterGroups(entries: readonly Entry[]): FilterGroup[] {
  const count = (filter: TimelineFilter) => entries.filter((e) => matchesFilter(e, filter)).length;
  const areas: FilterLink[] = AREAS.map((a) => {
    const filter: TimelineFilter = { by: 'area', value: a.id };
    return { filter, label: a.name, count: count(filter) };
  });
  const bodies = new Map<string, string>();
  for (const e of entries) if (e.body) bodies.set(committeeSlug(e.body), bodies.get(committeeSlug(e.body)) ?? e.body);
  const committees: FilterLink[] = [...bodies]
    .sort(([, a], [, b]) => a.localeCompare(b, 'en-GB'))
    .map(([slug, name]) => {
      const filter: TimelineFilter = { by: 'committee', value: slug };
      return { filter, label: name, count: count(filter) };
    });
  const kinds: FilterLink[] = EVIDENCE_ORDER.map((k) => {
    const filter: TimelineFilter = { by: 'kind', value: k };
    return { filter, label: EVIDENCE_WORDS[k].plural, count: count(filter) };
  });
  return [
    { legend: 'Area', by: 'area', links: areas.filter((l) => l.count > 0) },
    { legend: 'Committee or body', by: 'committee', links: committees },
    { legend: 'Kind of evidence', by: 'kind', links: kinds.filter((l) => l.count > 0) },
  ];
}

/** Whether two filters name the same view (for aria-current). */
export function sameFilter(a: TimelineFilter, b: TimelineFilter): boolean {
  return timelinePath(a) === timelinePath(b);
}
