import { z } from 'astro/zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

/**
 * One meeting: a committee on a date. One YAML file each in content/meetings/, named by the meeting's slug
 * ("2021-02-08-adult-social-care-and-public-health-committee.yaml"), written by the importer for every meeting a
 * document is tabled at or records. What the papers say of it beyond the committee and date (the time it began,
 * where it was held) is kept where an agenda or minutes print it.
 */
export const meetingSchema = z.object({
  /** The committee's full name. */
  body: z.string().min(1),
  date: isoDate,
  /** When it began, 24-hour "HH:MM", as the agenda or minutes print it. */
  time: z.string().regex(/^\d{2}:\d{2}$/, 'a time as HH:MM').nullable(),
  /** Where it was held, as the agenda prints it. */
  venue: z.string().min(1).nullable(),
});
export type MeetingData = z.output<typeof meetingSchema>;
