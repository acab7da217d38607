import type { DocumentData } from '../../model/document.ts';
import { knownBodyBefore } from '../council-bodies.ts';
import { isIsoDate, parseDate } from '../header/parse-date.ts';

type BackgroundPaper = DocumentData['backgroundPapers'][number];

/** "Title – report to the X Committee on 2nd November 2015" (a dash or a colon before "report to"). */
const CITATION = /^(.*?)\s*(?:[–—-]|:)\s*(?:a\s+)?report to (?:the\s+)?(.+?)\s+on\s+(.+?)\.?$/i;
/** "Item 8 Review of … Projects Health and Wellbeing Board meeting 24.07.2020": a paper to a board's or committee's meeting. */
const TO_MEETING = /^(?:item\s+\d+[a-z]?\s+)?(.*?)\s+((?:[A-Z][\w&’']*\s+(?:(?:and|of|for)\s+)?)*(?:Board|Committee))\s+meeting\s+(?:on\s+)?(\S+(?:\s+\S+\s+\d{4})?)/;
/** "24.07.2020" or "24/07/2020". */
const NUMERIC_DATE = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/;

/** The first date in a text, written out ("2nd November 2015") or in figures ("24.07.2020"), as YYYY-MM-DD. */
export function paperDate(text: string): string | null {
  const written = parseDate(text);
  if (written) return written;
  const [, day = '', month = '', year = ''] = NUMERIC_DATE.exec(text) ?? [];
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** What a background paper's citation names: its title, the committee it went to and the date, where the text says. */
export function readBackgroundPaper(text: string, index: number): BackgroundPaper {
  const anchor = `background-paper-${index + 1}`;
  const trimmed = text.trim();
  const cited = CITATION.exec(trimmed);
  if (cited) {
    const [, title = '', body = '', when = ''] = cited;
    return { text, anchor, title: title.trim() || null, body: body.replace(/\s+&\s+/g, ' and ').trim(), date: paperDate(when) };
  }
  const known = knownBodyBefore(trimmed, /meeting\b/);
  if (known) {
    const title = trimmed.slice(0, known.index).replace(/^item\s+\d+[a-z]?\s+/i, '').trim();
    return { text, anchor, title: title || null, body: known.body, date: paperDate(trimmed.slice(known.index)) };
  }
  const toMeeting = TO_MEETING.exec(trimmed);
  if (toMeeting?.[1] && toMeeting[2]) {
    return { text, anchor, title: toMeeting[1].trim(), body: toMeeting[2].trim(), date: paperDate(trimmed) };
  }
  return { text, anchor, title: trimmed.replace(/\.$/, ''), body: null, date: paperDate(trimmed) };
}

/** A line that introduces the papers below it ("Record of BCF reserves funded projects approval:") rather than naming one. */
export function introducesPapers(text: string): boolean {
  return /:\s*$/.test(text.trim());
}
