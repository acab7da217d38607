import type { Decision } from '../../model/decision.ts';
import { contextsOf, decisionAreas } from './areas.ts';
import type { Block } from './blocks.ts';
import { findDates, type DateMention } from './dates.ts';
import { splitSentences } from './sentences.ts';
import type { RecordSource } from './source.ts';
import { dateFirstId, keywordSlug, lastKeywords, sentenceTitle } from './titles.ts';

/** Words that date an event, each with the word the id uses: plans published, deadlines, services started, appointments. */
const EVENTS: [RegExp, string][] = [
  [/\bpublished\b/, 'published'],
  [/\bsubmitted\b/, 'submitted'],
  [/\b(?:commenced|commencing|started|began|begun)\b/, 'started'],
  [/\blaunched\b|\bwent live\b|\bopened\b/, 'launched'],
  [/\bestablished\b/, 'established'],
  [/\b(?:was|were|is being|will be)\s+held\b|\btook place\b/, 'held'],
  [/\bawarded\b/, 'awarded'],
  [/\bappointed\b|\bconfirmed as\b/, 'appointed'],
  [/\bcame into (?:force|effect)\b/, 'in-force'],
  [/\bsigned\b/, 'signed'],
  [/\bdeadline\b/, 'deadline'],
];
/** A sentence that plans, proposes or supposes is not a record of an event. */
const NOT_AN_EVENT = /\b(?:[Pp]ropos(?:ed|es|al)|[Aa]nticipated|[Ee]xpected|[Ii]ntends?|planned to|may|might|could|should|[Ii]f|subject to|[Oo]nce)\b/;
const OPENING = /^(?:On|In|At|By|During|From|Since)\b[^,;]{0,30}$/;
/** A date this close after the event word belongs to it ("commenced at a restricted level … in November 2015"). */
const NEAR = 90;

/** The few words before the event word that say what it was: "The Self-Care Hub based at …" → "self-care-hub". */
function subjectSlug(sentence: string, at: number, dates: readonly DateMention[]): string {
  const before = dates.reduce((text, d) => text.replace(d.text, ' '), sentence.slice(0, at));
  const bare = before.replace(/(?:[\s,]|\b(?:which|that|who|was|were|is|are|has|have|had|been|being|will|be)\b)+$/i, '');
  const relative = bare.length < before.trimEnd().length && /\b(?:which|that|who)\s*$/i.test(before.replace(/(?:\s|\b(?:was|were|is|are|has|have|had|been|being|will|be)\b)+$/i, ''));
  const clauses = bare.split(/[;:(–]|,\s/).map((c) => c.trim()).filter((c) => keywordSlug(c) !== '');
  const clause = clauses.at(-1) ?? '';
  if (relative) return lastKeywords(clause, 3);
  const head = clause.split(/\s(?:based|at|of|for|about|in|with|to|by|on|from|between|within|across|into)\s/i)[0] ?? clause;
  return keywordSlug(head, 3) || keywordSlug(clause, 3);
}

/**
 * Dated events a report records: a plan published, a deadline, a service started, an appointment. One milestone per
 * event word and the date that goes with it; sentences already read as recorded decisions are left out.
 */
export function extractMilestones(source: RecordSource, blocks: readonly Block[], skip: ReadonlySet<string> = new Set()): Decision[] {
  if (source.data.kind !== 'report' && source.data.kind !== 'appendix') return [];
  const out: Decision[] = [];
  for (const [index, block] of blocks.entries()) {
    if (block.kind !== 'para') continue;
    for (const sentence of splitSentences(block.text)) {
      if (skip.has(`${block.anchor}\n${sentence}`) || NOT_AN_EVENT.test(sentence)) continue;
      const dates = findDates(sentence, source.data.meeting.date);
      if (dates.length === 0) continue;
      const used = new Set<DateMention>();
      const events = EVENTS.flatMap(([pattern, word]) => [...sentence.matchAll(new RegExp(pattern, 'g'))].map((m) => ({ at: m.index, end: m.index + m[0].length, word })));
      events.sort((a, b) => a.at - b.at);
      for (const event of events) {
        const date =
          dates.find((d) => !used.has(d) && d.index >= event.end && d.index - event.end <= NEAR) ??
          dates.find((d) => !used.has(d) && d.index < event.at && OPENING.test(sentence.slice(0, d.index + d.text.length)));
        if (!date) continue;
        // "started in April 2015 (Mid …) and May 2015 (South …)": the same event, dated twice.
        const chain = [date];
        for (const next of dates.filter((d) => d.index > date.index)) {
          const last = chain.at(-1)!;
          const between = sentence.slice(last.index + last.text.length, next.index);
          if (used.has(next) || between.length > 45 || !/\band\b/.test(between) || events.some((e) => e.at >= last.index && e.at < next.index)) break;
          chain.push(next);
        }
        for (const dated of chain) {
          used.add(dated);
          out.push(milestone({ source, blocks, index, sentence, dates }, event, dated));
        }
      }
    }
  }
  return out;
}

/** Where a milestone's words stand: the document, its blocks, the block's position, the sentence and its dates. */
interface Place {
  source: RecordSource;
  blocks: readonly Block[];
  index: number;
  sentence: string;
  dates: readonly DateMention[];
}

/** One milestone: an event word in a sentence, and one date that goes with it. */
function milestone({ source, blocks, index, sentence, dates }: Place, event: { at: number; end: number; word: string }, date: DateMention): Decision {
  const subject = event.word === 'deadline' ? keywordSlug(sentence.slice(event.end).replace(date.text, ''), 3) : subjectSlug(sentence, event.at, dates);
  return {
    id: dateFirstId(date.date, subject, event.word),
    kind: 'milestone',
    evidence: 'milestone',
    title: sentenceTitle(sentence, date.index < event.at ? date.text : null),
    text: sentence,
    date: date.date,
    datePrecision: date.precision,
    body: null,
    ref: null,
    areas: decisionAreas(contextsOf(sentence, blocks, index, source.data.title), source.data.areas),
    source: { document: source.id, anchor: blocks[index]!.anchor },
    resolvedBy: null,
    reports: null,
  };
}
