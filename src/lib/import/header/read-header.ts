import { findCommitteeInConstitutionalComments } from './find-committee.ts';
import { findReference } from './find-reference.ts';
import { linesAfter, readHeaderUnits, type HeaderUnit } from './read-header-units.ts';
import { sentenceCase, titleCase, type CaseGuide } from '../text-case.ts';
import { ImportError, type DocumentSlice, type SourceLine } from '../types.ts';
import { cleanHeaderText } from '../clean/clean-header-text.ts';

/** What a document's header says, and the lines of its body below the header. */
export interface DocumentHeader {
  title: string;
  /** The document's own date: a report's meeting, or the meeting that minutes record. */
  date: string;
  /** The committee's full name. */
  body: string;
  meeting: { body: string; date: string };
  agendaItem: string | null;
  reference: string | null;
  author: string | null;
  bodyLines: SourceLine[];
}

export interface HeaderContext {
  file: string;
  guide: CaseGuide;
  /** The meeting date to use for a report whose header has none (`--date`). */
  date?: string | undefined;
}

const REPORT_LINES = new Set(['report-to', 'date', 'agenda-item', 'report-of']);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2021-01-11" → "11 January 2021". */
export function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

const firstLineOf = (slice: DocumentSlice) => slice.lines[0]?.line ?? 1;

/** A report: "Report to … Committee", its date, "Agenda Item: N", "REPORT OF …", then the title in capitals. */
export function readReportHeader(slice: DocumentSlice, context: HeaderContext): DocumentHeader {
  const units = readHeaderUnits(slice.lines, 60);
  let committee: string | null = null;
  let date: string | null = null;
  let agendaItem: string | null = null;
  let author: string | null = null;
  let title: HeaderUnit | null = null;
  for (const unit of units) {
    const header = unit.header;
    if (header && REPORT_LINES.has(header.type)) {
      if (header.type === 'report-to') {
        committee ??= header.committee;
        date ??= header.date;
      } else if (header.type === 'date') date ??= header.date;
      else if (header.type === 'agenda-item') agendaItem ??= header.item;
      else if (header.type === 'report-of') author ??= cleanHeaderText(unit.text).replace(/^report of\s+(?:the\s+)?/i, '');
      continue;
    }
    title = unit;
    break;
  }
  const at = firstLineOf(slice);
  if (title === null) {
    throw new ImportError(context.file, at, 'no title below the report\'s header', 'put the report\'s title on its own line after "REPORT OF …"');
  }
  date ??= context.date ?? null;
  if (date === null) {
    throw new ImportError(context.file, at, 'the report\'s header has no meeting date', 'add the date under "Report to … Committee" (e.g. "8 February 2021"), or give it with --date YYYY-MM-DD');
  }
  const named = committee ?? findCommitteeInConstitutionalComments(slice.lines)?.committee ?? null;
  if (named === null) {
    throw new ImportError(context.file, at, 'no committee named in the header or in "Constitutional Comments"', 'add a first line "Report to <committee name>"');
  }
  const body = titleCase(named, context.guide);
  return {
    title: sentenceCase(cleanHeaderText(title.text), context.guide),
    date,
    body,
    meeting: { body, date },
    agendaItem,
    reference: findReference(slice.lines),
    author: author === null ? null : titleCase(author, context.guide),
    bodyLines: linesAfter(slice.lines, title.end),
  };
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * An appendix: its title as printed, with a subtitle when a short title stands over a longer line
 * ("Integrating care" / "Next steps to building …"). Its meeting, committee and item are its report's.
 */
export function readAppendixHeader(slice: DocumentSlice, context: HeaderContext, parent: DocumentHeader): DocumentHeader {
  const lines = titleLinesApart(slice.lines);
  const units = readHeaderUnits(lines, 12);
  const [first, second] = units;
  if (!first) throw new ImportError(context.file, firstLineOf(slice), 'an empty appendix', 'check the text after the report');
  const hasSubtitle = second !== undefined && second.header === null && wordCount(first.text) <= 4 && wordCount(second.text) >= 6 && !/[.:;]$/.test(second.text);
  const last = hasSubtitle ? second : first;
  const subtitle = hasSubtitle ? `: ${second.text.charAt(0).toLowerCase()}${second.text.slice(1)}` : '';
  return {
    // "Appendix 2 - Nottinghamshire County Council response …": the page says "Appendix 2" above the title already.
    title: sentenceCase(cleanHeaderText(first.text).replace(/^appendix\s+\w+\s*[-–—:.]\s*(?=\S)/i, ''), context.guide) + subtitle,
    date: parent.date,
    body: parent.body,
    meeting: parent.meeting,
    agendaItem: parent.agendaItem,
    reference: null,
    author: null,
    bodyLines: linesAfter(lines, last.end),
  };
}

/**
 * An appendix's first lines apart when the first is a short title ("Integrating care" over "Next steps to building
 * …" over "Contents"), however the export spaced them: a title of a few words does not run on into the line below.
 */
function titleLinesApart(lines: readonly SourceLine[]): SourceLine[] {
  const first = lines.findIndex((l) => l.text.trim() !== '');
  const title = lines[first]?.text.trim() ?? '';
  if (first === -1 || wordCount(title) > 4 || /[.:;,]$/.test(title) || /^appendix\b/i.test(title)) return [...lines];
  const out = [...lines];
  for (const at of [first + 2, first + 1]) {
    const [above, below] = [out[at - 1], out[at]];
    if (above && below && above.text.trim() !== '' && below.text.trim() !== '') out.splice(at, 0, { text: '', line: above.line });
  }
  return out;
}
