import type { Decision } from '../../model/decision.ts';
import type { RecordSource } from './source.ts';
import { itemNumber } from '../structure/extract-resolutions.ts';

const STOP = new Set(['the', 'and', 'of', 'to', 'in', 'for', 'on', 'a', 'an', 'report', 'committee', 'update']);
const words = (text: string) => new Set((text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => !STOP.has(w)));
function overlap(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return 0;
  let n = 0;
  for (const w of x) if (y.has(w)) n += 1;
  return n / Math.min(x.size, y.size);
}
const sameBody = (a: string | null, b: string | null) => (a ?? '').toLowerCase().replace(/&/g, 'and') === (b ?? '').toLowerCase().replace(/&/g, 'and');

/**
 * A recommendation's resolution: where the minutes of its meeting are held, the resolution under the same agenda
 * item (by title, else by number). Null where the minutes are not held or no item matches: the site then says so.
 */
export function linkRecommendations(
  decisions: readonly Decision[],
  sources: readonly RecordSource[],
  resolutionHeadings: ReadonlyMap<string, string | null>,
): Decision[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const resolutions = decisions.filter((d) => d.evidence === 'resolved');
  return decisions.map((d) => {
    if (d.evidence !== 'recommended') return d;
    const report = byId.get(d.source.document);
    const meeting = report?.data.parent ? (byId.get(report.data.parent) ?? report) : report;
    if (!meeting) return d;
    const atMeeting = resolutions.filter((r) => r.date === meeting.data.meeting.date && sameBody(r.body, meeting.data.meeting.body));
    const heading = (r: Decision) => resolutionHeadings.get(r.id) ?? '';
    const byTitle = atMeeting.filter((r) => overlap(heading(r), meeting.data.title) >= 0.5);
    const byNumber = atMeeting.filter((r) => itemNumber(heading(r)) !== null && itemNumber(heading(r)) === meeting.data.agendaItem);
    const match = byTitle[0] ?? (byTitle.length === 0 ? byNumber[0] : undefined);
    return match ? { ...d, resolvedBy: match.id } : d;
  });
}

/** A recorded decision's held record: the resolution of the same body on the same day, where the minutes are held. */
export function linkRecorded(decisions: readonly Decision[]): Decision[] {
  const resolutions = decisions.filter((d) => d.evidence === 'resolved');
  return decisions.map((d) => {
    if (d.evidence !== 'recorded' || d.datePrecision !== 'day') return d;
    const same = resolutions.filter((r) => r.date === d.date && sameBody(r.body, d.body));
    const best = same.length === 1 ? same[0] : same.map((r) => ({ r, score: overlap(r.text, d.text) })).sort((a, b) => b.score - a.score).find((x) => x.score > 0)?.r;
    return best ? { ...d, reports: best.id } : d;
  });
}
