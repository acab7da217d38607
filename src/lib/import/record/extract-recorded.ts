import type { Decision } from '../../model/decision.ts';
import { contextsOf, decisionAreas } from './areas.ts';
import type { Block } from './blocks.ts';
import { BODY_SOURCE, bodyName } from './bodies.ts';
import { findDates, type DateMention } from './dates.ts';
import { splitSentences } from './sentences.ts';
import type { RecordSource } from './source.ts';
import { dateFirstId, keywordSlug, lastKeywords, sentenceTitle } from './titles.ts';

/** A statement of a decision the extractor found but could not date: for the editors to date or leave. */
export interface Undated {
  file: string;
  line: number;
  anchor: string;
  sentence: string;
}

export interface RecordedResult {
  decisions: Decision[];
  undated: Undated[];
}

const VERB = /\b(?:(?:was|were|has been|had been)\s+(?:previously\s+|also\s+|formally\s+|unanimously\s+)?)?(agreed|approved|resolved|endorsed|ratified|decided)\b|\b[Aa]pproval was given\b/g;
/** Words before a verb that make it a proposal or a condition, not a record: "to be agreed", "will be approved", "once approved". */
const NOT_A_RECORD = /\b(?:to|will|would|shall|should|could|may|must|be|is|are|being|if|once|when|until|not|unless|for|seeks?|seeking)\s+$/i;
const BODY_BEFORE = new RegExp(`(${BODY_SOURCE})\\s+(?:also\\s+|has\\s+|had\\s+|formally\\s+|then\\s+)?$`);
const BODY_AFTER = new RegExp(`^\\s+(?:by|at)\\s+(${BODY_SOURCE})`);
const OPENING = /^(?:On|In|At|By|During)\b[^,;]{0,30}$/;

interface Found {
  /** The body as the text names it. */
  named: string;
  verb: string;
  date: DateMention | null;
  also: boolean;
  /** What was decided, in a few words, as a slug for the id. */
  object: string;
}

/** What one sentence records, if it records a decision by a named body. */
export function readRecordedSentence(sentence: string, meetingDate: string): Found | 'no-body' | null {
  const dates = findDates(sentence, meetingDate);
  for (const m of sentence.matchAll(VERB)) {
    const before = sentence.slice(0, m.index);
    if (NOT_A_RECORD.test(before)) continue;
    const after = sentence.slice(m.index + m[0].length);
    const auxiliary = /^(?:was|were|has been|had been|approval)\b/i.test(m[0]);
    const passive = auxiliary || BODY_AFTER.test(after);
    const named = passive ? after.match(BODY_AFTER)?.[1] : before.match(BODY_BEFORE)?.[1];
    if (!named) {
      // "agreed outcomes", "jointly agreed": a word describing something, not a record of a decision.
      if (auxiliary || /\b(?:has|have|had)\s+(?:also\s+)?$|\bit was\s+$/i.test(before) || /^\s+by\b/.test(after)) return 'no-body';
      continue;
    }
    const verbEnd = m.index + m[0].length;
    const bodyEnd = passive ? verbEnd + (after.match(BODY_AFTER)?.[0].length ?? 0) : verbEnd;
    // The decision's date: just after the body or verb ("by ASCH Committee on 7 March 2016"), or an opening phrase ("On 2 November 2015, …").
    const right = dates.find((d) => d.index >= bodyEnd && /^\s*(?:meeting\s+)?(?:on|in)\s+(?:the\s+)?(?:beginning\s+of\s+)?$/i.test(sentence.slice(bodyEnd, d.index)));
    const opening = dates.find((d) => d.index < m.index && OPENING.test(sentence.slice(0, d.index + d.text.length)));
    const date = right ?? opening ?? null;
    const dateless = (text: string) => dates.reduce((t, d) => t.replace(d.text, ' '), text);
    const object = /^approval/i.test(m[0])
      ? keywordSlug(dateless(sentence.slice(bodyEnd)))
      : passive
        ? lastKeywords(dateless(before).split(/[,;:]/).at(-1)!)
        : keywordSlug(dateless(after));
    return { named, verb: (m[1] ?? 'approved').toLowerCase(), date, also: /\balso\b/.test(sentence.slice(Math.max(0, m.index - 6), verbEnd)), object };
  }
  return null;
}

/**
 * Decisions a report records: "On 2 November 2015, ASCH Committee agreed…", "Approval was given by the Better Care
 * Fund Board on 26 May 2016…", "In August 2017 the local system agreed…". Dated to the precision the text gives; a
 * statement that a body "also agreed" takes the date of the decision just before it. Statements with no date are
 * returned as undated.
 */
export function extractRecorded(source: RecordSource, blocks: readonly Block[]): RecordedResult {
  if (source.data.kind !== 'report' && source.data.kind !== 'appendix') return { decisions: [], undated: [] };
  const decisions: Decision[] = [];
  const undated: Undated[] = [];
  let last: { body: string; date: DateMention; index: number } | null = null;
  blocks.forEach((block, index) => {
    if (block.kind !== 'para') return;
    for (const sentence of splitSentences(block.text)) {
      const found = readRecordedSentence(sentence, source.data.meeting.date);
      if (found === null) continue;
      if (found === 'no-body') {
        undated.push({ file: source.file, line: block.line, anchor: block.anchor, sentence });
        continue;
      }
      const body = bodyName(found.named, source.data.meeting.body);
      const date = found.date ?? (found.also && last && last.body === body && index - last.index <= 3 ? last.date : null);
      if (!date) {
        undated.push({ file: source.file, line: block.line, anchor: block.anchor, sentence });
        continue;
      }
      last = { body, date, index };
      const named = found.named.replace(/^the\s+/i, '');
      decisions.push({
        id: dateFirstId(date.date, keywordSlug(named, 4), found.verb, found.object),
        kind: 'decision',
        evidence: 'recorded',
        title: sentenceTitle(sentence, found.date?.text ?? null),
        text: sentence,
        date: date.date,
        datePrecision: date.precision,
        body,
        ref: null,
        areas: decisionAreas(contextsOf(sentence, blocks, index, source.data.title), source.data.areas),
        source: { document: source.id, anchor: block.anchor },
        resolvedBy: null,
        reports: null,
      });
    }
  });
  return { decisions, undated };
}
