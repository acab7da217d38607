import type { Decision } from '../../model/decision.ts';
import type { RecordSource } from './source.ts';
import { itemNumber } from '../structure/extract-resolutions.ts';
import { sameBody } from './bodies.ts';
import { witnessOf, type Merged } from './merge-retellings.ts';
import { meaningWords } from './same-words.ts';

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

/** Least share of a recalled decision's meaning words that the resolution's heading and text must hold to be it. */
const RECALLS = 0.5;
/** How far ahead of the next resolution of that meeting the best must be, so that the match is not a guess. */
const CLEAR_LEAD = 0.15;

/** The share of the recalled sentence's meaning words that the resolution (heading and text) holds. */
function shareIn(recalled: string, resolution: string): number {
  const words = new Set(meaningWords(recalled));
  if (words.size === 0) return 0;
  const held = new Set(meaningWords(resolution));
  let n = 0;
  for (const w of words) if (held.has(w)) n += 1;
  return n / words.size;
}

/**
 * A recorded decision where the minutes of its meeting are held. When its words are plainly one resolution's, it
 * becomes that resolution: one entry, evidence "resolved", with the reports that recall it as witnesses after the
 * minutes. Otherwise it stays a recorded decision, pointing (`reports`) at the resolution of the same body and day
 * that its words are most like, as before.
 */
export function linkRecorded(decisions: readonly Decision[], resolutionHeadings: ReadonlyMap<string, string | null>): Merged {
  const resolutions = decisions.filter((d) => d.evidence === 'resolved');
  const absorbed = new Map<string, Decision[]>();
  const mergedInto = new Map<string, string>();
  const linked = decisions.map((d) => {
    if (d.evidence !== 'recorded' || d.datePrecision !== 'day') return d;
    const same = resolutions.filter((r) => r.date === d.date && sameBody(r.body, d.body));
    const scored = same.map((r) => ({ r, score: shareIn(d.text, `${resolutionHeadings.get(r.id) ?? ''}\n${r.text}`) })).sort((a, b) => b.score - a.score);
    const [best, next] = scored;
    if (best && best.score >= RECALLS && (!next || best.score - next.score >= CLEAR_LEAD)) {
      absorbed.set(best.r.id, [...(absorbed.get(best.r.id) ?? []), d]);
      for (const id of [d.id, ...(d.mergedIds ?? [])]) mergedInto.set(id, best.r.id);
      return null;
    }
    const likeliest = same.length === 1 ? same[0] : best && best.score > 0 && best.score !== next?.score ? best.r : undefined;
    return likeliest ? { ...d, reports: likeliest.id } : d;
  });
  const out = linked
    .filter((d): d is Decision => d !== null)
    .map((d) => {
      const recalls = absorbed.get(d.id);
      if (!recalls) return d;
      return {
        ...d,
        sources: [witnessOf(d), ...recalls.flatMap((r) => r.sources ?? [witnessOf(r)])],
        mergedIds: recalls.flatMap((r) => [r.id, ...(r.mergedIds ?? [])]),
      };
    });
  return { decisions: out, mergedInto };
}
