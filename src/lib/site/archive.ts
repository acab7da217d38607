import { getCollection, type CollectionEntry } from 'astro:content';
import { groupIntoCommittees, type Committee } from './committees.ts';
import { compareTabled, groupIntoMeetings, type Meeting } from './meetings.ts';

export type DocumentEntry = CollectionEntry<'documents'>;

/** The held documents, grouped once per build into meetings and committees, for the list pages. */
export interface Archive {
  /** Newest meeting first; within a meeting, in agenda order. */
  documents: DocumentEntry[];
  /** Newest first. */
  meetings: Meeting<DocumentEntry>[];
  /** Alphabetical. */
  committees: Committee<DocumentEntry>[];
}

let built: Promise<Archive> | undefined;

/** The archive of held documents as meetings and committees (built once per build). */
export function getArchive(): Promise<Archive> {
  built ??= (async () => {
    const entries = await getCollection('documents');
    const meetings = groupIntoMeetings(entries);
    const documents = [...entries].sort((a, b) => {
      const [x, y] = [a.data.meeting, b.data.meeting];
      if (x.date !== y.date) return x.date < y.date ? 1 : -1;
      return x.body.localeCompare(y.body, 'en-GB') || compareTabled(a, b);
    });
    return { documents, meetings, committees: groupIntoCommittees(meetings, entries) };
  })();
  return built;
}
