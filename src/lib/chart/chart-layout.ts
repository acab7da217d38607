/**
 * The geometry of the timeline chart, in CSS pixels: time by quarter across, one lane per area down, a mark per
 * entry in each of its areas' lanes (stacked where a lane's quarter holds several), era bands behind. At archive size
 * ("counts" mode) each lane's quarter is one cell with its count instead. Pure: the component only draws what this
 * returns.
 */
import type { Decision, Evidence } from '../model/decision.ts';
import type { Area } from '../model/document.ts';
import { formatPartialDate } from '../record/dates.ts';
import { EVIDENCE_WORDS } from '../record/evidence.ts';
import { sortEntries } from '../record/order.ts';
import type { EraBand } from './programme-eras.ts';
import { quarterLabel, quarterOf, quarterYear, type Quarter, type QuarterSpan } from './quarters.ts';

export type ChartEntry = Pick<Decision, 'id' | 'date' | 'datePrecision' | 'evidence' | 'title' | 'areas'>;
export type ChartMode = 'marks' | 'counts';

/** A lane: an area, or (id null) the entries that name no area. */
export interface LaneSpec {
  id: Area | null;
  name: string;
}

export interface ChartInput {
  /** The view's entries: each is drawn in every lane of its areas, as a link. */
  entries: readonly ChartEntry[];
  lanes: readonly LaneSpec[];
  /** Faint lanes under the others, counted by quarter, not linked: county-wide and national behind an area. */
  context?: readonly { lane: LaneSpec; entries: readonly ChartEntry[] }[];
  span: QuarterSpan;
  eras: readonly EraBand[];
  entryHref: (id: string) => string;
  /** Where a count of one lane's quarter links: the list holding that year of the lane. */
  countHref: (lane: LaneSpec, year: number) => string;
  /** "marks" or "counts"; by default marks while they stay readable (chartMode). */
  mode?: ChartMode;
}

/** Sizes, in CSS px. A mark's link is a CELL square: the 24 px target size of WCAG 2.2 (2.5.8). */
export const CELL = 24;
const PAD = 12;
const ERA_ROW = 18;
const AXIS_ROW = 22;
const LANE_HEAD = 20;
const LANE_GAP = 10;
/** Estimated width of a character of the chart's 12 px labels, to keep labels from running into each other. */
const CHAR = 6.8;

/** Marks are drawn while a chart holds at most this many, none of its quarters stacking higher than MAX_STACK. */
export const MAX_MARKS = 600;
export const MAX_STACK = 30;

export interface ChartBand {
  name: string;
  entryId: string;
  x: number;
  width: number;
  labelY: number;
  /** Alternate shades, so that neighbouring bands stay apart without colour (0 or 1). */
  shade: 0 | 1;
}

export interface ChartLane extends LaneSpec {
  context: boolean;
  /** Top of the lane's name row; its marks start LANE_HEAD below. */
  y: number;
  rows: number;
  /** Where its name is printed (repeated along a wide chart, so that a scrolled frame still shows it). */
  labelXs: number[];
}

export interface ChartMark {
  entryId: string;
  evidence: Evidence;
  lane: number;
  quarter: Quarter;
  /** Top-left corner of its CELL square. */
  x: number;
  y: number;
  /** The link's accessible name: "11 January 2021, resolved: Contain Outbreak Management Fund". */
  label: string;
  href: string;
}

export interface ChartCount {
  lane: number;
  quarter: Quarter;
  count: number;
  /** 1 to 3, from the quarter's share of the chart's busiest quarter; the count is printed too. */
  level: 1 | 2 | 3;
  x: number;
  y: number;
  label: string;
  /** Null in a context lane (not a link). */
  href: string | null;
}

export interface ChartLayout {
  mode: ChartMode;
  width: number;
  height: number;
  /** The lanes' extent, which era bands and year rules cover. */
  plotTop: number;
  plotBottom: number;
  /** Year labels' baselines, above and below the lanes. */
  axisTop: number;
  axisBottom: number;
  years: { year: number; x: number; width: number }[];
  bands: ChartBand[];
  lanes: ChartLane[];
  /** In date order (then lane order): the order of the links, so Tab follows time. */
  marks: ChartMark[];
  /** Counts mode: each lane's quarters, in date order then lane order; context lanes' counts always. */
  counts: ChartCount[];
}

/** The lanes (indexes into `lanes`) an entry is drawn in. */
export function lanesOf(entry: Pick<ChartEntry, 'areas'>, lanes: readonly LaneSpec[]): number[] {
  const found: number[] = [];
  lanes.forEach((lane, i) => {
    if (lane.id === null ? entry.areas.length === 0 : entry.areas.includes(lane.id)) found.push(i);
  });
  return found;
}

/** Each entry's place: its lane, its quarter and its row in that lane's quarter, in date order then lane order. */
export function stackEntries<T extends ChartEntry>(entries: readonly T[], lanes: readonly LaneSpec[]): { entry: T; lane: number; quarter: Quarter; row: number; lanesOfEntry: number }[] {
  const used = new Map<string, number>();
  const placed: { entry: T; lane: number; quarter: Quarter; row: number; lanesOfEntry: number }[] = [];
  for (const entry of sortEntries(entries)) {
    const quarter = quarterOf(entry.date);
    const its = lanesOf(entry, lanes);
    if (its.length === 0) throw new Error(`Entry "${entry.id}" (areas: ${entry.areas.join(', ') || 'none'}) has no lane in this chart`);
    for (const lane of its) {
      const key = `${lane}:${quarter}`;
      const row = used.get(key) ?? 0;
      used.set(key, row + 1);
      placed.push({ entry, lane, quarter, row, lanesOfEntry: its.length });
    }
  }
  return placed;
}

/** How many entries each lane holds in each quarter: lane index → quarter → count. */
export function countByQuarter(entries: readonly ChartEntry[], lanes: readonly LaneSpec[]): Map<number, Map<Quarter, number>> {
  const counts = new Map<number, Map<Quarter, number>>();
  for (const entry of entries) {
    const quarter = quarterOf(entry.date);
    for (const lane of lanesOf(entry, lanes)) {
      let byQuarter = counts.get(lane);
      if (!byQuarter) counts.set(lane, (byQuarter = new Map()));
      byQuarter.set(quarter, (byQuarter.get(quarter) ?? 0) + 1);
    }
  }
  return counts;
}

/** Marks while there are at most MAX_MARKS and no lane's quarter stacks higher than MAX_STACK; counts beyond. */
export function chartMode(entries: readonly ChartEntry[], lanes: readonly LaneSpec[]): ChartMode {
  return modeOfCounts(countByQuarter(entries, lanes));
}

/** chartMode, from the counts by lane and quarter. */
function modeOfCounts(counts: Map<number, Map<Quarter, number>>): ChartMode {
  let marks = 0;
  let tallest = 0;
  for (const byQuarter of counts.values()) {
    for (const n of byQuarter.values()) {
      marks += n;
      tallest = Math.max(tallest, n);
    }
  }
  return marks <= MAX_MARKS && tallest <= MAX_STACK ? 'marks' : 'counts';
}

/** A short word for a kind of evidence, as spoken in a mark's name: "resolved", "milestone". */
function evidenceWord(evidence: Evidence): string {
  return EVIDENCE_WORDS[evidence].label.toLowerCase();
}

/** The accessible name of an entry's mark; the lane is named when the entry is drawn in several. */
export function markLabel(entry: ChartEntry, laneName: string | null): string {
  const base = `${formatPartialDate(entry.date, entry.datePrecision)}, ${evidenceWord(entry.evidence)}: ${entry.title}`;
  return laneName === null ? base : `${base} (${laneName})`;
}

/** The accessible name of a count: "Mid-Nottinghamshire, April to June 2016: 4 entries". */
export function countLabel(laneName: string, quarter: Quarter, count: number): string {
  return `${laneName}, ${quarterLabel(quarter)}: ${count} ${count === 1 ? 'entry' : 'entries'}`;
}

/** Greedy rows for labels along one line: each goes in the first row where it clears the label before it. */
function labelRows(starts: readonly { x: number; width: number }[]): number[] {
  const rowEnds: number[] = [];
  return starts.map(({ x, width }) => {
    let row = rowEnds.findIndex((end) => end <= x);
    if (row === -1) row = rowEnds.push(0) - 1;
    rowEnds[row] = x + width;
    return row;
  });
}

/** Lay out the chart. */
export function layoutChart(input: ChartInput): ChartLayout {
  const { entries, lanes, span, eras } = input;
  const context = input.context ?? [];
  const byLane = countByQuarter(entries, lanes);
  const mode = input.mode ?? modeOfCounts(byLane);
  const quarters = span.last - span.first + 1;
  const width = PAD * 2 + quarters * CELL;
  const xOf = (q: Quarter) => PAD + (q - span.first) * CELL;

  // Era labels above the axis, in as many rows as they need.
  const bandLabels = eras.map((era) => ({ x: xOf(era.from), width: era.name.length * CHAR + 8 }));
  const bandRows = labelRows(bandLabels);
  const eraRows = eras.length === 0 ? 0 : Math.max(...bandRows) + 1;
  const axisTop = eraRows * ERA_ROW + 16;
  const plotTop = eraRows * ERA_ROW + AXIS_ROW;

  // Lanes: as tall as their tallest stack (one row of counts in counts mode), then the faint context lanes.
  const placed = mode === 'marks' ? stackEntries(entries, lanes) : [];
  const rowsOf = lanes.map(() => 1);
  for (const p of placed) rowsOf[p.lane] = Math.max(rowsOf[p.lane]!, p.row + 1);
  const allLanes = [...lanes.map((lane, i) => ({ lane, context: false, rows: rowsOf[i]! })), ...context.map((c) => ({ lane: c.lane, context: true, rows: 1 }))];
  let y = plotTop + LANE_GAP / 2;
  const chartLanes: ChartLane[] = allLanes.map(({ lane, context: faint, rows }) => {
    const labelWidth = (faint ? lane.name.length + 13 : lane.name.length) * CHAR;
    const every = Math.max(12, Math.ceil(labelWidth / CELL) + 4);
    const labelXs: number[] = [];
    for (let q = 0; q === 0 || q * CELL + labelWidth <= quarters * CELL; q += every) labelXs.push(PAD + q * CELL);
    const laid = { ...lane, context: faint, y, rows, labelXs };
    y += LANE_HEAD + rows * CELL + LANE_GAP;
    return laid;
  });
  const plotBottom = y - LANE_GAP / 2;
  const rowTop = (lane: number, row: number) => chartLanes[lane]!.y + LANE_HEAD + row * CELL;

  const marks: ChartMark[] = placed.map(({ entry, lane, quarter, row, lanesOfEntry }) => ({
    entryId: entry.id,
    evidence: entry.evidence,
    lane,
    quarter,
    x: xOf(quarter),
    y: rowTop(lane, row),
    label: markLabel(entry, lanesOfEntry > 1 ? lanes[lane]!.name : null),
    href: input.entryHref(entry.id),
  }));

  const counts: ChartCount[] = [];
  const addCounts = (byLane: Map<number, Map<Quarter, number>>, offset: number, linked: boolean) => {
    const cells = [...byLane].flatMap(([lane, byQuarter]) => [...byQuarter].map(([quarter, count]) => ({ lane: lane + offset, quarter, count })));
    cells.sort((a, b) => a.quarter - b.quarter || a.lane - b.lane);
    const busiest = Math.max(1, ...cells.map((c) => c.count));
    for (const { lane, quarter, count } of cells) {
      const spec = chartLanes[lane]!;
      counts.push({
        lane,
        quarter,
        count,
        level: Math.min(3, Math.max(1, Math.ceil((3 * count) / busiest))) as 1 | 2 | 3,
        x: xOf(quarter),
        y: rowTop(lane, 0),
        label: countLabel(spec.name, quarter, count),
        href: linked ? input.countHref(spec, quarterYear(quarter)) : null,
      });
    }
  };
  if (mode === 'counts') addCounts(byLane, 0, true);
  context.forEach((c, i) => addCounts(countByQuarter(c.entries, [c.lane]), lanes.length + i, false));

  const years: ChartLayout['years'] = [];
  for (let year = quarterYear(span.first); year <= quarterYear(span.last); year++) years.push({ year, x: xOf(year * 4), width: 4 * CELL });

  const bands: ChartBand[] = eras.map((era, i) => ({
    name: era.name,
    entryId: era.entry.id,
    x: xOf(era.from),
    width: (era.to - era.from) * CELL,
    labelY: bandRows[i]! * ERA_ROW + 13,
    shade: (i % 2) as 0 | 1,
  }));

  return { mode, width, height: plotBottom + AXIS_ROW, plotTop, plotBottom, axisTop, axisBottom: plotBottom + 16, years, bands, lanes: chartLanes, marks, counts };
}
