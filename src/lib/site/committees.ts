import type { DocumentLike, Meeting } from './meetings.ts';
import { committeeSlug } from './urls.ts';

/** A committee and its meetings in the archive, newest first. */
export interface Committee<D extends DocumentLike = DocumentLike> {
  slug: string;
  /** The committee's full name, as the papers most often print it. */
  name: string;
  meetings: Meeting<D>[];
  /** Documents of this committee tabled at another body's meeting (so not in `meetings`). */
  elsewhere: D[];
}

/** The name used most often among spellings of one committee; ties go to the first seen. */
function mostUsed(names: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/**
 * Group meetings (newest first, as `groupIntoMeetings` gives them) into committees, by slug, in alphabetical order.
 * A document whose committee differs from the meeting it was tabled at is listed under its committee as `elsewhere`.
 */
export function groupIntoCommittees<D extends DocumentLike>(meetings: readonly Meeting<D>[], documents: readonly D[]): Committee<D>[] {
  const committees = new Map<string, { names: string[]; meetings: Meeting<D>[]; elsewhere: D[] }>();
  const committeeFor = (name: string) => {
    const slug = committeeSlug(name);
    let committee = committees.get(slug);
    if (committee === undefined) {
      committee = { names: [], meetings: [], elsewhere: [] };
      committees.set(slug, committee);
    }
    committee.names.push(name);
    return committee;
  };
  for (const meeting of meetings) committeeFor(meeting.body).meetings.push(meeting);
  for (const doc of documents) {
    const own = committeeSlug(doc.data.body);
    if (own !== committeeSlug(doc.data.meeting.body) && doc.data.kind !== 'minutes') committeeFor(doc.data.body).elsewhere.push(doc);
  }
  return [...committees]
    .map(([slug, c]) => ({ slug, name: mostUsed(c.names), meetings: c.meetings, elsewhere: c.elsewhere }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}
