import { cleanHeaderText } from '../clean/clean-header-text.ts';
import { matchHeaderLine, type HeaderLine } from '../header/match-header-line.ts';
import type { SourceLine } from '../types.ts';

/** Where a document begins in a source file, and what kind it is. */
export interface DocumentStart {
  /** Index into the file's lines. */
  index: number;
  kind: 'agenda' | 'minutes' | 'report';
}

const REPORT_HEADER = new Set<HeaderLine['type']>(['report-to', 'date', 'agenda-item']);
/** A report's header spans at most this many non-blank lines ("Report to …", date, "Agenda Item: N"). */
const MAX_HEADER_LINES = 4;

/** The header types of a line, reading each piece of a `**`-glued line. */
function typesOf(line: SourceLine): HeaderLine['type'][] {
  return line.text.split(/\*{4,}/).flatMap((piece): HeaderLine['type'][] => {
    const header = matchHeaderLine(piece);
    if (!header) return [];
    return header.type === 'report-to' && header.date ? ['report-to', 'date'] : [header.type];
  });
}

/** A committee's name standing alone as a heading: "Adult Social Care and Public Health Committee". */
const isCommitteeHeading = (line: SourceLine) => /^\p{Lu}[^.:;]*\bcommittee$/iu.test(cleanHeaderText(line.text)) && typesOf(line).length === 0;

/**
 * Find where each document in a source file begins, from the headers the council prints:
 * - an agenda: the committee's name as a heading, then within three lines the date and "AGENDA";
 * - minutes: "Meeting <committee>" over "Date <date>", with the word "minutes" above when printed;
 * - a report: a run of up to four header lines ("Report to … Committee", a date, "Agenda Item: N") holding
 *   an agenda item, or both the committee and the date.
 */
export function findDocumentStarts(lines: readonly SourceLine[]): DocumentStart[] {
  const filled = lines.flatMap((line, index) => (line.text.trim() === '' ? [] : [{ line, index, types: typesOf(line) }]));
  const starts: DocumentStart[] = [];
  for (let k = 0; k < filled.length; k++) {
    const here = filled[k];
    if (!here) break;
    const next = filled.slice(k + 1, k + 4);
    if (here.types.includes('meeting') && next[0]?.types.includes('meeting-date')) {
      const before = filled[k - 1];
      starts.push({ index: before?.types.includes('minutes') ? before.index : here.index, kind: 'minutes' });
      k += 1;
    } else if (isCommitteeHeading(here.line) && next.some((f) => f.types.includes('agenda')) && next.some((f) => f.types.includes('date'))) {
      starts.push({ index: here.index, kind: 'agenda' });
    } else if (here.types.some((t) => REPORT_HEADER.has(t))) {
      let end = k;
      while (end + 1 < Math.min(filled.length, k + MAX_HEADER_LINES) && filled[end + 1]?.types.some((t) => REPORT_HEADER.has(t))) end++;
      const types = filled.slice(k, end + 1).flatMap((f) => f.types);
      const isReport = types.includes('agenda-item') || (types.includes('report-to') && types.includes('date'));
      if (isReport) starts.push({ index: here.index, kind: 'report' });
      k = end;
    }
  }
  return starts;
}
