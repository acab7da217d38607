import { z } from 'astro/zod';
import { areaSchema } from './document.ts';
import { decisionTableSchema } from './decision-table.ts';

/** How we know of a decision: the three kinds of evidence are never mixed up; milestones are dated events. */
export const evidenceSchema = z.enum(['resolved', 'recommended', 'recorded', 'milestone']);
export type Evidence = z.output<typeof evidenceSchema>;

/** How much of a date the papers give: never invent a day or a month. */
export const datePrecisionSchema = z.enum(['day', 'month', 'year']);
export type DatePrecision = z.output<typeof datePrecisionSchema>;

/** YYYY-MM-DD, YYYY-MM or YYYY, matching the precision. */
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY-MM-DD, YYYY-MM or YYYY');

/** One paper that records an entry: the paragraph it stands in, and the date as that paper gives it. */
export const witnessSchema = z.object({
  document: z.string(),
  anchor: z.string(),
  date: partialDate,
  datePrecision: datePrecisionSchema,
});
export type Witness = z.output<typeof witnessSchema>;

export const decisionSchema = z.object({
  /** Permanent, date-first id, e.g. "2021-01-11-resolution-2021-002". Also the URL slug: /decisions/<id>/. */
  id: z.string().regex(/^\d{4}(-\d{2}){0,2}-[a-z0-9-]+$/),
  kind: z.enum(['decision', 'milestone']),
  evidence: evidenceSchema,
  /** A short title in plain words, sentence case. */
  title: z.string().min(1),
  /** The council's own words, verbatim from the source paragraph, as plain text: any list or table it introduces included. */
  text: z.string().min(1),
  /** A table the decision introduces ("the following post:"), row by row; `text` holds it too, as "cell | cell" lines. */
  table: decisionTableSchema.optional(),
  date: partialDate,
  datePrecision: datePrecisionSchema,
  /** The body that took the decision (committee full name, board, NHS England…), or null for a milestone with no actor. */
  body: z.string().nullable(),
  /** The council's reference for it, e.g. "2021/002" for a resolution, or null. */
  ref: z.string().nullable(),
  areas: z.array(areaSchema),
  source: z.object({
    /** The id of the document the evidence is in. */
    document: z.string(),
    /** The fragment id of the paragraph, recommendation or resolution on that document's page, e.g. "p-17". */
    anchor: z.string(),
  }),
  /**
   * Every paper that records this entry, oldest first, where more than one does (the same decision or event retold,
   * or a resolution that later reports recall). The first is `source`; absent where one paper alone records it.
   */
  sources: z.array(witnessSchema).min(2).optional(),
  /** The ids this entry's retellings had before they were merged into it: their addresses forward to this entry. */
  mergedIds: z.array(z.string()).min(1).optional(),
  /** For a recommendation: the resolution that settled it, where the minutes are held; else null. */
  resolvedBy: z.string().nullable(),
  /** For a recorded decision: the decision it reports, where that is held; else null. */
  reports: z.string().nullable(),
  /** The thread (area) neighbours and the citing documents are computed by the site, not stored. */
});
export type Decision = z.output<typeof decisionSchema>;

/** A document cited (a background paper, "report to … on <date>"): one the archive does not hold, or, with `heldAs`, one it now holds. */
export const citedDocumentSchema = z.object({
  /** Date-first id, e.g. "2019-03-04-adult-social-care-and-public-health-committee-the-nhs-long-term-plan". */
  id: z.string(),
  title: z.string(),
  /** YYYY-MM-DD where known. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  body: z.string().nullable(),
  /** Where it is cited: document id and the anchor of the citing paragraph or background-paper entry. */
  citedBy: z.array(z.object({ document: z.string(), anchor: z.string() })),
  /**
   * The held document this citation names, once the archive holds it (same meeting, committee and title): its id.
   * The cited page's address then forwards to that document; absent while the paper is not held.
   */
  heldAs: z.string().optional(),
});
export type CitedDocument = z.output<typeof citedDocumentSchema>;
