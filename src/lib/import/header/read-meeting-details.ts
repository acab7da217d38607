import { committeeSlug } from '../../record/slug.ts';
import type { MeetingData } from '../../model/meeting.ts';
import type { AgendaItem } from './read-agenda-items.ts';
import { readFrontSheet } from './read-front-sheet.ts';
import type { ReadDocument } from './read-headers.ts';
import { readMinutesHeading } from './read-minutes-header.ts';

export { readTime } from './read-time.ts';

/** A meeting with what its papers say of it: its time and venue, and the items of its agenda where one is read. */
export interface MeetingDetails extends MeetingData {
  /** The agenda's items, in order; empty when no agenda of the meeting was read. */
  items: AgendaItem[];
}

/** The slug of a meeting, as its file is named and its URL reads. */
export function meetingFileSlug(meeting: { body: string; date: string }): string {
  return `${meeting.date}-${committeeSlug(meeting.body)}`;
}

/**
 * The meetings a source's documents are tabled at or record, with the time, place and items where the papers print
 * them: an agenda's date line ("Monday, 08 February 2021 at 10:30"), the line under it (the venue) and its numbered
 * items, in whichever layout the front sheet is printed (a summons and a meeting page included); minutes' "Date 11
 * January 2021 (commencing at 10.30 am)" or "MINUTES of the meeting … held on … at 10.30 am at County Hall".
 */
export function readMeetingDetails(read: readonly ReadDocument[]): MeetingDetails[] {
  const meetings = new Map<string, MeetingDetails>();
  const note = (body: string, date: string, details: Partial<Pick<MeetingDetails, 'time' | 'venue' | 'items'>> = {}) => {
    const slug = meetingFileSlug({ body, date });
    const known = meetings.get(slug) ?? { body, date, time: null, venue: null, items: [] };
    meetings.set(slug, { ...known, time: details.time ?? known.time, venue: details.venue ?? known.venue, items: known.items.length > 0 ? known.items : (details.items ?? []) });
  };
  for (const { slice, header } of read) {
    note(header.meeting.body, header.meeting.date);
    if (slice.kind === 'agenda') {
      const sheet = readFrontSheet(slice.lines);
      note(header.body, header.date, { time: sheet.time, venue: sheet.venue, items: sheet.items });
    }
    if (slice.kind === 'minutes') {
      const heading = readMinutesHeading(slice.lines);
      note(header.body, header.date, { time: heading.time, venue: heading.venue });
    }
  }
  return [...meetings.values()];
}

/** A meeting already on file, with what a new import learnt added: a detail the new papers do not print is kept. */
export function mergeMeeting(existing: MeetingData | null, found: MeetingData): MeetingData {
  if (existing === null) return found;
  return { ...existing, time: found.time ?? existing.time, venue: found.venue ?? existing.venue, items: found.items.length > 0 ? found.items : existing.items };
}
