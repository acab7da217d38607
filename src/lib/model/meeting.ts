import { z } from 'astro/zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

/** One item of a meeting's agenda, as the front sheet prints it: "4  Digital Strategy for 2021-2024  7 - 18". */
export const agendaItemSchema = z.object({
  /** The item's number as printed ("4", "4a"). */
  n: z.string().min(1),
  title: z.string().min(1),
  /** The pages of the agenda pack it takes, where the front sheet gives them. */
  pages: z.tuple([z.number().int().positive(), z.number().int().positive()]).nullable(),
});
export type AgendaItemData = z.output<typeof agendaItemSchema>;

/**
 * One meeting: a committee on a date. One YAML file each in content/meetings/, named by the meeting's slug
 * ("2021-02-08-adult-social-care-and-public-health-committee.yaml"), written by the importer for every meeting a
 * document is tabled at or records. What the papers say of it beyond the committee and date (the time it began,
 * where it was held, the items of its agenda) is kept where an agenda or minutes print it.
 */
export const meetingSchema = z.object({
  /** The committee's full name. */
  body: z.string().min(1),
  date: isoDate,
  /** When it began, 24-hour "HH:MM", as the agenda or minutes print it. */
  time: z.string().regex(/^\d{2}:\d{2}$/, 'a time as HH:MM').nullable(),
  /** Where it was held, as the agenda prints it. */
  venue: z.string().min(1).nullable(),
  /** The items of its agenda, in order, where an agenda of the meeting was read. */
  items: z.array(agendaItemSchema).default([]),
});
export type MeetingData = z.output<typeof meetingSchema>;
