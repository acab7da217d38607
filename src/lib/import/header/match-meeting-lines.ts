import { cleanHeaderText } from '../clean/clean-header-text.ts';
import { findDate, parseDate } from './parse-date.ts';

/** A body's name and nothing else: "Policy Committee", "ADULT SOCIAL CARE AND PUBLIC HEALTH COMMITTEE", "Health and Wellbeing Board". */
const BODY_NAME = /^(?:the\s+)?(\p{Lu}[^.:;!?\d]{0,100}?\b(?:committee|sub-committee|board|panel|cabinet|forum|council))$/iu;
/** A county council's name run onto its committee's: what follows it is the body. */
/** A quick look before the patterns: a body's name holds one of these words (most lines of a paper do not). */
const BODY_WORD = /committee|board|panel|cabinet|forum|council/i;
const COUNCIL_OVER_BODY = /^(?:\p{L}+\s+)?county council\s+(?=\S.*\b(?:committee|board|panel|cabinet|forum)$)/iu;
/** A county council named as itself ("NOTTINGHAMSHIRE COUNTY COUNCIL"): its meetings are the full council's. */
const COUNTY_COUNCIL = /^(?:\p{L}+\s+)?county council$/iu;

/** Lines that end in a body's name but are a header line about it: "Report to Policy Committee", "Meeting POLICY COMMITTEE". */
const NOT_A_NAME = /^(?:report(?:s)? (?:to|of)|meeting|minutes|date|chair(?:man)? of)\b/iu;

/** The body a line names when it names one and nothing else; a county council as "County Council". */
export function matchBodyName(raw: string): string | null {
  if (!BODY_WORD.test(raw)) return null;
  const text = cleanHeaderText(raw);
  // "Nottinghamshire County Council Policy Committee": the council's name printed over its committee's.
  const name = BODY_NAME.exec(text)?.[1]?.replace(COUNCIL_OVER_BODY, '');
  if (!name || name.split(/\s+/).length > 12 || NOT_A_NAME.test(name)) return null;
  return COUNTY_COUNCIL.test(name) ? 'County Council' : name;
}

/** A front sheet's heading run onto one line: "Policy Committee Wednesday, 10 December 2014 at 10:30 County Hall … AGENDA 1 …". */
export interface MeetingHeading {
  body: string;
  date: string;
  /** The date as printed, with its weekday and time. */
  dateText: string;
  /** What follows the date and time on the line. */
  rest: string;
}

/** A line that starts with a body's name and then the meeting's date; null when it does not. */
export function matchMeetingHeading(raw: string): MeetingHeading | null {
  if (!/\d{4}/.test(raw) || !BODY_WORD.test(raw)) return null;
  const text = cleanHeaderText(raw);
  const found = findDate(text);
  if (!found || found.start === 0) return null;
  const body = matchBodyName(text.slice(0, found.start).replace(/[\s,–-]+$/u, ''));
  if (body === null) return null;
  return { body, date: found.date, dateText: text.slice(found.start, found.end), rest: text.slice(found.end).trim() };
}

/** What a minutes heading says: "MINUTES of the meeting of the <body> held on <date> at …", "<body> Minutes of the meeting held on <date>". */
export interface MinutesHeadingLine {
  body: string | null;
  date: string | null;
}

const MINUTES_OF_BODY = /^minutes of (?:the|a) meeting of (?:the )?(.+?)\s+held\b(.*)$/iu;
const BODY_MINUTES = /^(.+?)\s+minutes of (?:the|a) meeting\s+held\b(.*)$/iu;
const MINUTES_HELD = /^minutes of (?:the|a) meeting\s+held\b(.*)$/iu;
/** A sentence that mentions minutes ("… were confirmed"), not a heading. */
const SENTENCE = /\b(?:were|was|is|are|be|been)\b|[.;]$/iu;

/** A heading of minutes, from a line or a paragraph read as one line; null when it is not one. */
export function matchMinutesHeading(raw: string): MinutesHeadingLine | null {
  if (!/minutes/i.test(raw)) return null;
  const text = cleanHeaderText(raw);
  if (SENTENCE.test(text)) return null;
  const ofBody = MINUTES_OF_BODY.exec(text);
  if (ofBody) return { body: ofBody[1] ?? null, date: parseDate(ofBody[2] ?? '') };
  const bodyFirst = BODY_MINUTES.exec(text);
  if (bodyFirst) {
    const body = matchBodyName(bodyFirst[1] ?? '');
    return body === null ? null : { body, date: parseDate(bodyFirst[2] ?? '') };
  }
  const held = MINUTES_HELD.exec(text);
  return held ? { body: null, date: parseDate(held[1] ?? '') } : null;
}

const SUMMONS = /\bsummoned to attend (?:a|an|the)\s+(?:\p{L}+\s+)?meeting of (?:the )?(.+?)\s+(?:to be\s+)?held\b(.*)$/iu;

/** A summons ("You are hereby summoned to attend a meeting of the County Council to be held at … on <date> …"), read from its paragraph. */
export function matchSummons(raw: string): { body: string; date: string | null } | null {
  if (!/summoned/i.test(raw)) return null;
  const match = SUMMONS.exec(cleanHeaderText(raw));
  if (!match) return null;
  const named = match[1] ?? '';
  return { body: COUNTY_COUNCIL.test(named) ? 'County Council' : named, date: parseDate(match[2] ?? '') };
}

/** Where a meeting is held, as a summons or a minutes heading says it: "to be held at County Hall, … on …", "… at 10.30 am at County Hall". */
export function venueOf(raw: string): string | null {
  const text = cleanHeaderText(raw);
  const heldAt = /\bheld at\s+(.+?)(?:,?\s+on\b|\s+for\b|$)/iu.exec(text)?.[1];
  const afterTime = /\d\s*(?:[ap]\.?m\b\.?)?\s+at\s+(?!\d)(.+?)(?:\s+for\b|$)/iu.exec(text)?.[1];
  return (heldAt ?? afterTime)?.replace(/[\s,.]+$/u, '') || null;
}
