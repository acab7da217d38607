import { cleanHeaderText } from '../clean/clean-header-text.ts';
import { titleCase } from '../text-case.ts';
import { ImportError, type DocumentSlice, type SourceLine } from '../types.ts';
import { matchBodyName, matchMeetingHeading, matchMinutesHeading, venueOf } from './match-meeting-lines.ts';
import { longDate, type DocumentHeader, type HeaderContext } from './read-header.ts';
import { linesAfter, readHeaderUnits } from './read-header-units.ts';
import { readTime } from './read-time.ts';

/** What the heading of a set of minutes says of the meeting they record, and the lines of their body. */
export interface MinutesHeading {
  /** The body's name as printed; null when the heading names none. */
  body: string | null;
  date: string | null;
  time: string | null;
  venue: string | null;
  bodyLines: SourceLine[];
}

/**
 * Read the heading of minutes in the layouts councils print: "Meeting <committee>" over "Date <date>"; "MINUTES of the
 * meeting of the <committee> held on <date> at <time> at <venue>" (or the committee's name over "Minutes of the meeting
 * held on …"); a meeting page's committee over its date, or both on one line.
 */
export function readMinutesHeading(lines: readonly SourceLine[]): MinutesHeading {
  const units = readHeaderUnits(lines, 16);
  const meeting = units.find((u) => u.header?.type === 'meeting');
  const dated = units.find((u) => u.header?.type === 'meeting-date');
  if (meeting?.header?.type === 'meeting' && dated?.header?.type === 'meeting-date') {
    // The date line stays in the body too: it gives the time the meeting began.
    return { body: meeting.header.committee, date: dated.header.date, time: readTime(dated.text), venue: null, bodyLines: linesAfter(lines, meeting.end) };
  }
  const at = units.findIndex((u) => matchMinutesHeading(u.text) !== null);
  const unit = units[at];
  const heading = unit ? matchMinutesHeading(unit.text) : null;
  if (unit && heading) {
    const named = units[at - 1];
    const body = heading.body ?? (named ? matchBodyName(named.text) : null);
    // Like a report's header, the heading goes to the front matter and the meeting's file (its time and place).
    return { body, date: heading.date, time: readTime(unit.text), venue: venueOf(unit.text), bodyLines: linesAfter(lines, unit.end) };
  }
  const run = units.slice(0, 2).find((u) => matchMeetingHeading(u.text) !== null);
  const runOn = run ? matchMeetingHeading(run.text) : null;
  if (run && runOn) return { body: runOn.body, date: runOn.date, time: readTime(runOn.dateText), venue: null, bodyLines: linesAfter(lines, run.end) };
  const nameAt = units.findIndex((u) => u.header === null && matchBodyName(u.text) !== null);
  const name = units[nameAt];
  const date = units.slice(nameAt + 1).find((u) => u.header?.type === 'date');
  const venue = units.find((u) => /^venue:/i.test(cleanHeaderText(u.text)));
  return {
    body: name ? cleanHeaderText(name.text) : null,
    date: date?.header?.type === 'date' ? date.header.date : null,
    time: readTime(date?.text ?? ''),
    venue: venue ? cleanHeaderText(venue.text).replace(/^venue:\s*/i, '') : null,
    bodyLines: name ? linesAfter(lines, name.end) : [...lines],
  };
}

/** The agenda item that tables the minutes: "1	Minutes of the last meeting …". */
function minutesItem(agenda: DocumentSlice | null): string | null {
  for (const line of agenda?.lines ?? []) {
    const item = /^\s*(\d+)\s+minutes\b/i.exec(line.text)?.[1];
    if (item) return item;
  }
  return null;
}

/**
 * Minutes: the committee and the date of the meeting they record. In a pack they are tabled at the meeting of the
 * pack's agenda, under its item; alone, or on the meeting's own page, their meeting is the one they record.
 */
export function readMinutesHeader(slice: DocumentSlice, context: HeaderContext, agenda: { slice: DocumentSlice; header: DocumentHeader } | null): DocumentHeader {
  const heading = readMinutesHeading(slice.lines);
  const at = slice.lines[0]?.line ?? 1;
  if (heading.body === null) {
    throw new ImportError(context.file, at, 'no committee named in the minutes\' heading', 'start the minutes with "Meeting <committee>" or "Minutes of the meeting of the <committee> held on <date>"');
  }
  const date = heading.date ?? context.date ?? null;
  if (date === null) {
    throw new ImportError(context.file, at, 'the minutes\' heading has no meeting date', 'add "Date <date>" under "Meeting <committee>" (e.g. "Date 11 January 2021"), or give it with --date YYYY-MM-DD');
  }
  const body = titleCase(heading.body, context.guide);
  const tabled = agenda !== null && !(agenda.header.meeting.date === date && agenda.header.meeting.body === body);
  return {
    title: `Minutes of the meeting held on ${longDate(date)}`,
    date,
    body,
    meeting: tabled ? agenda.header.meeting : { body, date },
    agendaItem: tabled ? minutesItem(agenda.slice) : null,
    reference: null,
    author: null,
    bodyLines: heading.bodyLines,
  };
}
