import type { Decision } from '../../model/decision.ts';
import { decisionAreas } from '../record/areas.ts';
import type { RecordSource } from '../record/source.ts';
import { clip } from '../record/titles.ts';

/** "notes the update…" → "Note the update…": the committee's verb as a plain instruction. */
const VERBS: Record<string, string> = {
  notes: 'Note', receives: 'Receive', agrees: 'Agree', approves: 'Approve', confirms: 'Confirm', endorses: 'Endorse',
  gives: 'Give', reviews: 'Review', considers: 'Consider', supports: 'Support', authorises: 'Authorise', requests: 'Request',
  delegates: 'Delegate', accepts: 'Accept', comments: 'Comment', is: 'Be', agree: 'Agree', approve: 'Approve', note: 'Note',
};

/** A short plain title for a recommendation, from its own words. */
export function recommendationTitle(text: string): string {
  const bare = text
    .replace(/^\s*(?:\(?[0-9a-z]{1,2}[.)]\s+)?/i, '')
    .replace(/^(?:That\s+)?(?:the\s+)?(?:[A-Z][\w&'’ -]*?\s)?Committee[:,]?\s+/i, '')
    .replace(/^That[:,]?\s+/i, '')
    .trim();
  const [first = '', ...rest] = bare.split(' ');
  const verb = VERBS[first.toLowerCase()];
  const words = verb ? [verb, ...rest].join(' ') : bare.charAt(0).toUpperCase() + bare.slice(1);
  return clip(words);
}

/** Each recommendation of a report or appendix, tied to the meeting it went to. */
export function extractRecommendations(source: RecordSource): Decision[] {
  if (source.data.kind !== 'report' && source.data.kind !== 'appendix') return [];
  return source.data.recommendations.map((r) => ({
    id: `${source.id}-recommendation-${r.n.replace(/[^0-9A-Za-z]+/g, '-').toLowerCase()}`,
    kind: 'decision',
    evidence: 'recommended',
    title: recommendationTitle(r.text.split('\n\n')[0] ?? r.text),
    text: r.text,
    ...(r.table ? { table: r.table } : {}),
    date: source.data.meeting.date,
    datePrecision: 'day',
    body: source.data.meeting.body,
    ref: null,
    areas: decisionAreas([r.text, source.data.title], source.data.areas),
    source: { document: source.id, anchor: r.anchor },
    resolvedBy: null,
    reports: null,
  }));
}
