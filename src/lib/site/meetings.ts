import type { DocumentData } from '../model/document.ts';
import { committeeSlug, meetingSlug } from './urls.ts';

/** What the meeting and committee pages need to know of a document. */
export interface DocumentLike {
  id: string;
  data: Pick<DocumentData, 'kind' | 'title' | 'date' | 'body' | 'meeting' | 'agendaItem' | 'parent' | 'reference'>;
}

/** One thing tabled at a meeting, with the appendices tabled with it. */
export interface Tabled<D extends DocumentLike = DocumentLike> {
  document: D;
  appendices: D[];
}

/** A committee on a date: what was tabled at it, and the minutes (tabled later) that record it. */
export interface Meeting<D extends DocumentLike = DocumentLike> {
  slug: string;
  body: string;
  date: string;
  /** In agenda-item order: agenda, minutes, reports (each with its appendices). */
  tabled: Tabled<D>[];
  /** Minutes of this meeting, held in the archive but tabled at a later meeting. */
  recordedIn: D[];
}

const KIND_ORDER: Record<DocumentData['kind'], number> = { agenda: 0, minutes: 1, report: 2, appendix: 3 };

/** Compare agenda items the way a reader counts them: none first, then "1" < "2" < "4a" < "10". */
export function compareAgendaItems(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a.localeCompare(b, 'en-GB', { numeric: true, sensitivity: 'base' });
}

/** The order of documents tabled at one meeting: by agenda item, then kind, then id. */
export function compareTabled(a: DocumentLike, b: DocumentLike): number {
  return (
    compareAgendaItems(a.data.agendaItem, b.data.agendaItem) ||
    KIND_ORDER[a.data.kind] - KIND_ORDER[b.data.kind] ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Whether a document is minutes of a meeting other than the one they were tabled at. */
function recordsAnotherMeeting(doc: DocumentLike): boolean {
  return doc.data.kind === 'minutes' && (doc.data.date !== doc.data.meeting.date || committeeSlug(doc.data.body) !== committeeSlug(doc.data.meeting.body));
}

/**
 * Group documents into meetings, newest first. A document belongs to the meeting it was tabled at; appendices nest
 * under their report when it was tabled there too. Minutes also make (or join) the meeting they record, as `recordedIn`.
 */
export function groupIntoMeetings<D extends DocumentLike>(documents: readonly D[]): Meeting<D>[] {
  const meetings = new Map<string, Meeting<D>>();
  const meetingFor = (body: string, date: string): Meeting<D> => {
    const slug = meetingSlug({ body, date });
    let meeting = meetings.get(slug);
    if (meeting === undefined) {
      meeting = { slug, body, date, tabled: [], recordedIn: [] };
      meetings.set(slug, meeting);
    }
    return meeting;
  };

  const byMeeting = new Map<string, D[]>();
  for (const doc of documents) {
    const meeting = meetingFor(doc.data.meeting.body, doc.data.meeting.date);
    byMeeting.set(meeting.slug, [...(byMeeting.get(meeting.slug) ?? []), doc]);
    if (recordsAnotherMeeting(doc)) meetingFor(doc.data.body, doc.data.date).recordedIn.push(doc);
  }

  for (const [slug, docs] of byMeeting) {
    const here = new Set(docs.map((d) => d.id));
    const nested = (d: D) => d.data.kind === 'appendix' && d.data.parent !== null && here.has(d.data.parent);
    const sorted = [...docs].sort(compareTabled);
    meetings.get(slug)!.tabled = sorted
      .filter((d) => !nested(d))
      .map((document) => ({ document, appendices: sorted.filter((d) => nested(d) && d.data.parent === document.id) }));
  }
  for (const meeting of meetings.values()) meeting.recordedIn.sort(compareTabled);

  return [...meetings.values()].sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.slug < b.slug ? -1 : 1));
}

/** The meeting a document was tabled at, among `meetings`. */
export function meetingOf<D extends DocumentLike>(doc: DocumentLike, meetings: readonly Meeting<D>[]): Meeting<D> | undefined {
  const slug = meetingSlug(doc.data.meeting);
  return meetings.find((m) => m.slug === slug);
}
