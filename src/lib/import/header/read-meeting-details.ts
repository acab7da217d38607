import { committeeSlug } from '../../record/slug.ts';
import type { MeetingData } from '../../model/meeting.ts';
import { cleanHeaderText } from '../clean/clean-header-text.ts';
import type { ReadDocument } from './read-headers.ts';
import { readHeaderUnits } from './read-header-units.ts';

/** "at 10:30", "commencing at 10.30 am", "at 2 pm" → "10:30", "14:00". */
export function readTime(text: string): string | null {
  const match = /\bat\s+(\d{1,2})(?:[:.](\d{2}))?\s*([ap])?\.?\s*m?\.?(?=\W|$)/i.exec(text);
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  const half = match[3]?.toLowerCase();
  if (half === 'p' && hours < 12) hours += 12;
  if (half === 'a' && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** The slug of a meeting, as its file is named and its URL reads. */
export function meetingFileSlug(meeting: { body: string; date: string }): string {
  return `${meeting.date}-${committeeSlug(meeting.body)}`;
}

/**
 * The meetings a source's documents are tabled at or record, with the time and place where the papers print them:
 * an agenda's date line ("Monday, 08 February 2021 at 10:30") and the line under it (the venue); minutes'
 * "Date 11 January 2021 (commencing at 10.30 am)".
 */
export function readMeetingDetails(read: readonly ReadDocument[]): MeetingData[] {
  const meetings = new Map<string, MeetingData>();
  const note = (body: string, date: string, details: Partial<Pick<MeetingData, 'time' | 'venue'>> = {}) => {
    const slug = meetingFileSlug({ body, date });
    const known = meetings.get(slug) ?? { body, date, time: null, venue: null };
    meetings.set(slug, { ...known, time: details.time ?? known.time, venue: details.venue ?? known.venue });
  };
  for (const { slice, header } of read) {
    note(header.meeting.body, header.meeting.date);
    if (slice.kind === 'agenda') {
      const units = readHeaderUnits(slice.lines, 12);
      const dated = units.findIndex((u) => u.header?.type === 'date');
      const after = units[dated + 1];
      const venue = after && after.header === null && !/^\d/.test(after.text) ? cleanHeaderText(after.text) : null;
      note(header.body, header.date, { time: readTime(units[dated]?.text ?? ''), venue });
    }
    if (slice.kind === 'minutes') {
      const dated = readHeaderUnits(slice.lines, 12).find((u) => u.header?.type === 'meeting-date');
      note(header.body, header.date, { time: readTime(dated?.text ?? '') });
    }
  }
  return [...meetings.values()];
}

/** A meeting already on file, with what a new import learnt added: a detail the new papers do not print is kept. */
export function mergeMeeting(existing: MeetingData | null, found: MeetingData): MeetingData {
  if (existing === null) return found;
  return { ...existing, time: found.time ?? existing.time, venue: found.venue ?? existing.venue };
}
