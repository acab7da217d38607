import { committeeSlug } from '../record/slug.ts';

/** A meeting: a committee (its full name) on a date (YYYY-MM-DD). */
export interface MeetingKey {
  body: string;
  date: string;
}

/** The site path of a document's page, with an optional fragment: "/documents/<id>/#p-12". */
export function documentPath(id: string, anchor?: string): string {
  return `/documents/${id}/${anchor ? `#${anchor}` : ''}`;
}

/** The date-first slug of a meeting: "2021-02-08-adult-social-care-and-public-health-committee". */
export function meetingSlug(meeting: MeetingKey): string {
  return `${meeting.date}-${committeeSlug(meeting.body)}`;
}

/** The site path of a meeting's page: "/meetings/<date>-<committee-slug>/". */
export function meetingPath(meeting: MeetingKey): string {
  return `/meetings/${meetingSlug(meeting)}/`;
}

/** The site path of a committee's page: "/committees/<committee-slug>/". */
export function committeePath(body: string): string {
  return `/committees/${committeeSlug(body)}/`;
}

/**
 * The name a source file is published under in /sources/: its own, except a saved web page, which is published as
 * text (`page.html.txt`), so the council's page (its scripts, its links) is shown as the text it is, never run as a
 * page of this site.
 */
export function publishedSourceName(file: string): string {
  return /\.html?$/i.test(file) ? `${file}.txt` : file;
}

/** The site path of an original source file, served byte for byte: "/sources/<file>" (a saved web page as "<file>.txt"). */
export function sourcePath(file: string): string {
  return `/sources/${encodeURIComponent(publishedSourceName(file))}`;
}

export { committeeSlug };
