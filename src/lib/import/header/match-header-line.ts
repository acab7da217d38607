import { cleanHeaderText } from '../clean/clean-header-text.ts';
import { isDateOnly, parseDate } from './parse-date.ts';

/** What one line (or `**`-glued piece) of a document's header says. */
export type HeaderLine =
  | { type: 'report-to'; committee: string; date: string | null }
  | { type: 'date'; date: string }
  | { type: 'agenda-item'; item: string }
  | { type: 'report-of'; author: string }
  | { type: 'minutes' }
  | { type: 'meeting'; committee: string }
  | { type: 'meeting-date'; date: string }
  | { type: 'agenda' };

/** "Report to …" as a header prints it, with its capital: "… – report to Policy Committee on 11th November 2015" in a list of papers is not one. */
const REPORT_TO = /^(?:Report|REPORT) (?:to|TO) (?:the |THE )?(.+?\b(?:[Cc]ommittee|COMMITTEE))\b[\s,.:]*(.*)$/;
const AGENDA_ITEM = /^agenda item\s*(?:no\.?)?\s*:?\s*([0-9]+[a-z]?)\b/i;
const REPORT_OF = /^report of\s+(?:the\s+)?(.+)$/i;
const MEETING = /^meeting\s+(.+\bcommittee)$/i;
const MEETING_DATE = /^date:?\s+(.+)$/i;

/** Classify a header line: "Report to Policy Committee", "20 April 2016", "Agenda Item: 7", "REPORT OF …", "minutes", "Meeting …", "Date …" (or "Date: …"), "AGENDA". */
export function matchHeaderLine(raw: string): HeaderLine | null {
  const text = cleanHeaderText(raw);
  const reportTo = REPORT_TO.exec(text);
  if (reportTo) return { type: 'report-to', committee: reportTo[1] ?? '', date: parseDate(reportTo[2] ?? '') };
  if (isDateOnly(text)) {
    const date = parseDate(text);
    if (date) return { type: 'date', date };
  }
  const item = AGENDA_ITEM.exec(text);
  if (item) return { type: 'agenda-item', item: item[1] ?? '' };
  const reportOf = REPORT_OF.exec(text);
  if (reportOf) return { type: 'report-of', author: reportOf[1] ?? '' };
  if (/^minutes$/i.test(text)) return { type: 'minutes' };
  if (/^agenda$/i.test(text)) return { type: 'agenda' };
  const meeting = MEETING.exec(text);
  if (meeting) return { type: 'meeting', committee: meeting[1] ?? '' };
  const meetingDate = MEETING_DATE.exec(text);
  const date = meetingDate ? parseDate(meetingDate[1] ?? '') : null;
  if (date) return { type: 'meeting-date', date };
  return null;
}
