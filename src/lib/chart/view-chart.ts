/**
 * The chart of one view of the record: the timeline (everything, or one area, committee or kind of evidence), an
 * area's page, or the home page's compact chart. Its lanes, context, eras and links are chosen here; the geometry is
 * chart-layout.ts.
 */
import type { Decision } from '../model/decision.ts';
import type { Area } from '../model/document.ts';
import { AREAS, areaInfo } from '../record/areas.ts';
import { decisionPath } from '../record/decision-api.ts';
import { matchesFilter, timelinePath, type TimelineFilter } from '../record/timeline.ts';
import { splitByYear, yearHref } from '../record/year-pages.ts';
import { layoutChart, type ChartLayout, type ChartMode, type LaneSpec } from './chart-layout.ts';
import { eraBands, type EraBand } from './programme-eras.ts';
import { spanOfDates, type QuarterSpan } from './quarters.ts';

/** The areas drawn faint behind one area's lane, for context. */
export const CONTEXT_AREAS: readonly Area[] = ['county-wide', 'national'];

export const NO_AREA_LANE: LaneSpec = { id: null, name: 'No area named' };

/** The lanes of a view: one area's own lane, or every area (in the site's order) that the view's entries concern. */
export function viewLanes(entries: readonly Pick<Decision, 'areas'>[], filter: TimelineFilter): LaneSpec[] {
  if (filter.by === 'area') return [{ id: filter.value, name: areaInfo(filter.value).name }];
  const named = new Set(entries.flatMap((e) => e.areas));
  const lanes: LaneSpec[] = AREAS.filter((a) => named.has(a.id)).map((a) => ({ id: a.id, name: a.name }));
  return entries.some((e) => e.areas.length === 0) ? [...lanes, NO_AREA_LANE] : lanes;
}

export interface ViewChartOptions {
  /** "counts" for the home page's compact chart; by default marks while they stay readable. */
  mode?: ChartMode;
  /** The list a count links to, when not the timeline view's own: an area page's thread ({ path, split }). */
  list?: { path: string; split: boolean };
}

export interface ViewChart {
  layout: ChartLayout;
  /** How many entries the view holds (each drawn once per lane it is in). */
  entryCount: number;
  /** The programme eras shaded, oldest first (as layout.bands), with the entries that began them. */
  eras: EraBand[];
}

/** What every chart of one record shares (the axis, the eras, each area's entries), worked out once per record. */
interface RecordFacts {
  span: QuarterSpan;
  eras: EraBand[];
  byArea: Map<Area, Decision[]>;
}
const factsOf = new WeakMap<readonly Decision[], RecordFacts>();

function recordFacts(record: readonly Decision[]): RecordFacts {
  let facts = factsOf.get(record);
  if (!facts) {
    const span = spanOfDates(record.map((e) => e.date));
    const byArea = new Map<Area, Decision[]>(AREAS.map((a) => [a.id, []]));
    for (const e of record) for (const a of e.areas) byArea.get(a)?.push(e);
    factsOf.set(record, (facts = { span, eras: eraBands(record, span), byArea }));
  }
  return facts;
}

/** The chart of a timeline view, from the whole record (which sets the axis, the eras and the context). */
export function viewChart(record: readonly Decision[], filter: TimelineFilter, options: ViewChartOptions = {}): ViewChart {
  const { span, eras, byArea } = recordFacts(record);
  const entries = filter.by === 'all' ? record : filter.by === 'area' ? byArea.get(filter.value) ?? [] : record.filter((e) => matchesFilter(e, filter));
  const lanes = viewLanes(entries, filter);
  const context =
    filter.by === 'area'
      ? CONTEXT_AREAS.filter((a) => a !== filter.value)
          .map((a) => ({ lane: { id: a, name: areaInfo(a).name }, entries: byArea.get(a) ?? [] }))
          .filter((c) => c.entries.length > 0)
      : [];
  const viewSplit = splitByYear(entries.length);
  const countHref = (lane: LaneSpec, year: number): string => {
    if (options.list) return yearHref(options.list.path, year, options.list.split);
    // On a view of every area, a lane's count opens that area's own list; otherwise the view's own list.
    if (filter.by === 'all' && lane.id !== null) {
      return yearHref(timelinePath({ by: 'area', value: lane.id }), year, splitByYear(byArea.get(lane.id)?.length ?? 0));
    }
    return yearHref(timelinePath(filter), year, viewSplit);
  };
  const layout = layoutChart({
    entries,
    lanes,
    context,
    span,
    eras,
    entryHref: decisionPath,
    countHref,
    ...(options.mode ? { mode: options.mode } : {}),
  });
  return { layout, entryCount: entries.length, eras };
}
