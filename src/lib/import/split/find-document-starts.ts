import { cleanHeaderText } from '../clean/clean-header-text.ts';
import { matchHeaderLine, type HeaderLine } from '../header/match-header-line.ts';
import { matchBodyName, matchMeetingHeading, matchMinutesHeading, matchSummons } from '../header/match-meeting-lines.ts';
import type { SourceLine } from '../types.ts';

/** Where a document begins in a source file, and what kind it is. */
export interface DocumentStart {
  /** Index into the file's lines. */
  index: number;
  /** A meeting page (a committee website's "Agenda and minutes") holds an agenda and, when it has them, minutes. */
  kind: 'agenda' | 'minutes' | 'report' | 'meeting-page';
}

interface Filled {
  line: SourceLine;
  index: number;
  types: HeaderLine['type'][];
}

const REPORT_HEADER = new Set<HeaderLine['type']>(['report-to', 'date', 'agenda-item']);
/** A report's header spans at most this many non-blank lines ("Report to …", date, "Agenda Item: N"). */
const MAX_HEADER_LINES = 4;
/** A letterhead over a summons ("NOTTINGHAMSHIRE COUNTY COUNCIL", "Dear Councillor") stands within this many lines of it. */
const LETTERHEAD_LINES = 6;
/** A meeting page's title: "Agenda and minutes", "Agenda, decisions and minutes", "Agenda". */
const PAGE_TITLE = /^agenda(?:,? (?:decisions )?and (?:minutes|decisions))?$/i;

/** The header types of a line, reading each piece of a `**`-glued line. */
function typesOf(line: SourceLine): HeaderLine['type'][] {
  return line.text.split(/\*{4,}/).flatMap((piece): HeaderLine['type'][] => {
    const header = matchHeaderLine(piece);
    if (!header) return [];
    return header.type === 'report-to' && header.date ? ['report-to', 'date'] : [header.type];
  });
}

/** A body's name standing alone as a heading: "Adult Social Care and Public Health Committee". */
const isBodyHeading = (f: Filled | undefined) => f !== undefined && f.types.length === 0 && matchBodyName(f.line.text) !== null;

/** The lines of the paragraph that starts at `k` (no blank line between them), at most five. */
function paragraphAt(filled: readonly Filled[], k: number): Filled[] {
  const lines = filled.slice(k, k + 1);
  while (lines.length < 5) {
    const next = filled[k + lines.length];
    if (!next || next.index !== (lines.at(-1)?.index ?? -2) + 1) break;
    lines.push(next);
  }
  return lines;
}

/** Where a summons begins: at the council's name over it, or the "Dear …" that opens it, or the summons itself. */
function summonsStart(filled: readonly Filled[], k: number, floor: number): number {
  const above = filled.slice(Math.max(floor, k - LETTERHEAD_LINES), k);
  const named = above.find((f) => matchBodyName(f.line.text) !== null);
  const dear = above.find((f) => /^dear\b/i.test(cleanHeaderText(f.line.text)));
  return (named ?? dear ?? filled[k])?.index ?? 0;
}

/**
 * Find where each document in a source file begins, from the headers the council prints:
 * - an agenda: the committee's name as a heading, then within five lines "AGENDA" (the date and venue between); or the
 *   name, date and venue run onto one line, "AGENDA" on it or below it; or a summons to a meeting of the council ("You are hereby summoned to attend …");
 * - a meeting page: its title ("Agenda and minutes") over the committee's name and the date (on one line or two);
 * - minutes: "Meeting <committee>" over "Date <date>", with the word "minutes" above when printed; or "MINUTES of the
 *   meeting of the <committee> held on <date>", "<committee> Minutes of the meeting held on <date>";
 * - a report: a run of up to four header lines ("Report to … Committee", a date, "Agenda Item: N") holding
 *   an agenda item, or both the committee and the date.
 */
export function findDocumentStarts(lines: readonly SourceLine[]): DocumentStart[] {
  const filled = lines.flatMap((line, index) => (line.text.trim() === '' ? [] : [{ line, index, types: typesOf(line) }]));
  const starts: DocumentStart[] = [];
  /** The filled line below which the last start's header lies: no other start is looked for above it. */
  let headerEnd = -1;
  const start = (index: number, kind: DocumentStart['kind'], through: number) => {
    starts.push({ index, kind });
    headerEnd = through;
  };
  for (let k = 0; k < filled.length; k++) {
    const here = filled[k];
    if (!here) break;
    const next = filled.slice(k + 1, k + 6);
    const inHeader = k <= headerEnd;
    if (here.types.includes('meeting') && next[0]?.types.includes('meeting-date')) {
      const before = filled[k - 1];
      start(before?.types.includes('minutes') ? before.index : here.index, 'minutes', k + 1);
      k += 1;
      continue;
    }
    if (inHeader) continue;
    const pageTitle = /agenda/i.test(here.line.text) && PAGE_TITLE.test(cleanHeaderText(here.line.text));
    const pageHeading = () => (isBodyHeading(next[0]) && next.slice(1, 3).some((f) => f.types.includes('date'))) || (next[0] !== undefined && matchMeetingHeading(next[0].line.text) !== null);
    if (pageTitle && pageHeading()) {
      start(here.index, 'meeting-page', k + 3);
      continue;
    }
    if (isBodyHeading(here) && next.some((f) => f.types.includes('agenda'))) {
      start(here.index, 'agenda', k + next.findIndex((f) => f.types.includes('agenda')) + 1);
      continue;
    }
    const heading = matchMeetingHeading(here.line.text);
    if (heading && (/\bagenda\b/i.test(heading.rest) || next.some((f) => f.types.includes('agenda')))) {
      start(here.index, 'agenda', k);
      continue;
    }
    const paragraph = paragraphAt(filled, k);
    const paragraphText = paragraph.map((f) => f.line.text).join(' ');
    const minutes = matchMinutesHeading(paragraphText);
    if (minutes) {
      const before = filled[k - 1];
      const named = minutes.body === null && isBodyHeading(before) && k - 1 > headerEnd;
      start(named && before ? before.index : here.index, 'minutes', k + paragraph.length - 1);
      k += paragraph.length - 1;
      continue;
    }
    if (matchSummons(paragraphText)) {
      start(summonsStart(filled, k, headerEnd + 1), 'agenda', k + paragraph.length - 1);
      k += paragraph.length - 1;
      continue;
    }
    if (here.types.some((t) => REPORT_HEADER.has(t))) {
      let end = k;
      while (end + 1 < Math.min(filled.length, k + MAX_HEADER_LINES) && filled[end + 1]?.types.some((t) => REPORT_HEADER.has(t))) end++;
      const types = filled.slice(k, end + 1).flatMap((f) => f.types);
      const isReport = types.includes('agenda-item') || (types.includes('report-to') && types.includes('date'));
      if (isReport) start(here.index, 'report', end);
      k = end;
    }
  }
  return starts;
}
