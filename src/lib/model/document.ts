import { z } from 'astro/zod';
import { decisionTableSchema } from './decision-table.ts';

/** The areas of Nottinghamshire (and beyond) that a document or decision concerns. */
export const areaSchema = z.enum(['mid-nottinghamshire', 'south-nottinghamshire', 'bassetlaw', 'county-wide', 'national']);
export type Area = z.output<typeof areaSchema>;

export const documentKindSchema = z.enum(['report', 'minutes', 'agenda', 'appendix']);
export type DocumentKind = z.output<typeof documentKindSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const meetingRefSchema = z.object({
  /** The committee's full name, e.g. "Adult Social Care and Public Health Committee". */
  body: z.string().min(1),
  date: isoDate,
});

export const recommendationSchema = z.object({
  /** The council's own number or letter for the recommendation ("1", "a"), or its position. */
  n: z.string(),
  /** Fragment id on the document page, e.g. "recommendation-1". */
  anchor: z.string(),
  /** Plain text: the recommendation's words, then any list or table it introduces (a table as "cell | cell" lines). */
  text: z.string(),
  /** The table it introduces ("the establishment of the following post:"), row by row. */
  table: decisionTableSchema.optional(),
});

export const backgroundPaperSchema = z.object({
  text: z.string(),
  anchor: z.string(),
  /** What the citation names, where it can be read from the text. */
  title: z.string().nullable(),
  body: z.string().nullable(),
  date: isoDate.nullable(),
});

export const contactSchema = z.object({
  name: z.string(),
  role: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});

export const provenanceSchema = z.object({
  /** The source file's name under sources/. */
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** First and last line (1-based, inclusive) of this document in the source file. */
  lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
  /** Printed page numbers of the pack this document spans, where the source carries page footers. */
  pages: z.tuple([z.number().int().positive(), z.number().int().positive()]).nullable(),
});

/** Front matter of one document MDX file in content/documents/. The file name is the document id. */
export const documentSchema = z.object({
  kind: documentKindSchema,
  title: z.string().min(1),
  /** The document's own date: a report's meeting, or the meeting that minutes record. */
  date: isoDate,
  /** The committee's full name. */
  body: z.string().min(1),
  /** The meeting the document was tabled at. */
  meeting: meetingRefSchema,
  agendaItem: z.string().nullable(),
  reference: z.string().nullable(),
  author: z.string().nullable(),
  areas: z.array(areaSchema),
  /** For an appendix: the id of the report it belongs to. */
  parent: z.string().nullable(),
  recommendations: z.array(recommendationSchema),
  backgroundPapers: z.array(backgroundPaperSchema),
  contacts: z.array(contactSchema),
  source: provenanceSchema,
});
export type DocumentData = z.output<typeof documentSchema>;
