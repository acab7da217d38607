import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { DocumentData } from '../model/document.ts';
import type { MeetingData } from '../model/meeting.ts';
import type { GlossaryTerm } from '../record/glossary.ts';
import { checkDocument, type Finding } from './check/check-document.ts';
import { countParts, type BodyParts } from './check/count-parts.ts';
import { buildBody } from './structure/build-body.ts';
import { caseHeadings } from './write/case-headings.ts';
import { detectAreas } from './detect-areas.ts';
import { markGlossaryTerms } from './write/mark-glossary-terms.ts';
import { readHeaders } from './header/read-headers.ts';
import { readMeetingDetails } from './header/read-meeting-details.ts';
import { splitDocuments } from './split/split-documents.ts';
import { learnCase, unwrapForCase } from './text-case.ts';
import { ImportError, type SourceLine, type SourceText } from './types.ts';
import { writeMdx } from './write/write-mdx.ts';

/** One document made from a source file: its id (the file name without .mdx), front matter, and the MDX text. */
export interface ImportedDocument {
  id: string;
  data: DocumentData;
  /** The body as a syntax tree, as written to `mdx`. */
  tree: Root;
  mdx: string;
  /** Its numbered paragraphs, resolutions and recommendations heading, as `--check` reports them. */
  parts: BodyParts;
  /** What is worth a look before importing (a refusal is thrown instead). */
  warnings: Finding[];
}

export interface ImportOptions {
  /** The meeting date for a report whose header has none (`--date`). */
  date?: string | undefined;
  glossary: readonly GlossaryTerm[];
}

/** The first and last page of the source that lines stand on, where the format knows pages. */
function pageSpan(lines: readonly SourceLine[]): [number, number] | null {
  const pages = lines.flatMap((l) => (l.page === undefined ? [] : [l.page]));
  return pages.length === 0 ? null : [Math.min(...pages), Math.max(...pages)];
}

/**
 * The import pipeline for one source file: split it into documents, read each header, build each body, put headings
 * printed in capitals in sentence case, mark the glossary terms, check what was made (a title that is a paragraph,
 * paragraphs out of sequence, recommendations not read: refused), and write the MDX; and the meetings they are
 * tabled at or record, with what the papers say of each. Pure: nothing is written to disk here.
 */
export function importSource(source: SourceText, options: ImportOptions): { documents: ImportedDocument[]; meetings: MeetingData[] } {
  try {
    return importLines(source, options);
  } catch (error) {
    // A PDF's problem is named by its page, which a reader can open at.
    const page = error instanceof ImportError && error.page === null ? source.lines.find((l) => l.line === error.line)?.page : undefined;
    if (error instanceof ImportError && source.format === 'pdf' && page !== undefined) throw new ImportError(error.file, error.line, error.problem, error.hint, page);
    throw error;
  }
}

function importLines(source: SourceText, options: ImportOptions): { documents: ImportedDocument[]; meetings: MeetingData[] } {
  const slices = splitDocuments(source);
  const guide = learnCase(unwrapForCase(source.lines.map((l) => l.text)));
  const read = readHeaders(source, slices, { date: options.date, guide });
  const documents = read.map(({ slice, header, id }): ImportedDocument => {
    const built = buildBody({ file: source.file, kind: slice.kind, lines: header.bodyLines });
    const tree: Root = markGlossaryTerms(caseHeadings(built.tree, guide), options.glossary);
    const parent = slice.parentIndex === null ? null : (read[slice.parentIndex]?.id ?? null);
    const data: DocumentData = {
      kind: slice.kind,
      title: header.title,
      date: header.date,
      body: header.body,
      meeting: header.meeting,
      agendaItem: header.agendaItem,
      reference: header.reference,
      author: header.author,
      areas: detectAreas(header.title, toString(built.tree)),
      parent,
      recommendations: built.recommendations,
      backgroundPapers: built.backgroundPapers,
      contacts: built.contacts,
      source: {
        file: source.file,
        sha256: source.sha256,
        lines: [slice.lines[0]?.line ?? 1, slice.lines.at(-1)?.line ?? 1],
        // A PDF's document lies on its pages as the file numbers them; a text's, on the pages its footers print.
        pages: source.format === 'pdf' ? pageSpan(slice.lines) : built.pages,
      },
    };
    const parts = countParts(tree);
    const findings = checkDocument({ data, parts, lines: slice.lines, dateGiven: options.date !== undefined && options.date === header.date });
    const refusal = findings.find((f) => f.severity === 'refuse');
    if (refusal) throw new ImportError(source.file, refusal.line, `${id}: ${refusal.problem}`, refusal.hint);
    return { id, data, tree, mdx: writeMdx(data as unknown as Record<string, unknown>, tree), parts, warnings: findings };
  });
  return { documents, meetings: readMeetingDetails(read) };
}
