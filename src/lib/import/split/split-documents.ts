import { findAppendices } from './find-appendices.ts';
import { findDocumentStarts, type DocumentStart } from './find-document-starts.ts';
import { splitMeetingPage } from './split-meeting-page.ts';
import { isWebsiteFurniture } from './website-furniture.ts';
import { ImportError, type DocumentSlice, type SourceLine, type SourceText } from '../types.ts';

/** Lines without the blank lines at either end. */
function trimBlank(lines: readonly SourceLine[]): SourceLine[] {
  const first = lines.findIndex((l) => l.text.trim() !== '');
  const last = lines.findLastIndex((l) => l.text.trim() !== '');
  return first === -1 ? [] : lines.slice(first, last + 1);
}

/**
 * The document starts, with the text above the first header accounted for: a file with no header at all is one report;
 * a website's lines above the header (its title, an address, "Total Page:16", the day it was downloaded) are left out.
 */
function startsOf(source: SourceText): DocumentStart[] {
  const starts = findDocumentStarts(source.lines);
  const firstFilled = source.lines.findIndex((l) => l.text.trim() !== '');
  const first = starts[0];
  if (!first) return [{ index: firstFilled, kind: 'report' }];
  const above = trimBlank(source.lines.slice(0, first.index));
  if (above[0] && !isWebsiteFurniture(above)) {
    throw new ImportError(
      source.file,
      above[0].line,
      'text above the first document header that is not an agenda, minutes or report header',
      'start the file with the report\'s header ("Report to … Committee", the date, "Agenda Item: N") or remove the text above it',
    );
  }
  return starts;
}

/**
 * Cut a source file into its documents: a single report stays whole; an agenda pack becomes its agenda, the
 * minutes it confirms, each report, and each report's appendices (with `parentIndex` pointing at the report); a
 * meeting page becomes its agenda and, when it holds them, its minutes.
 */
export function splitDocuments(source: SourceText): DocumentSlice[] {
  const starts = startsOf(source);
  const slices: DocumentSlice[] = [];
  for (const [k, start] of starts.entries()) {
    const lines = source.lines.slice(start.index, starts[k + 1]?.index ?? source.lines.length);
    if (start.kind === 'meeting-page') {
      const page = splitMeetingPage(lines);
      slices.push({ kind: 'agenda', lines: trimBlank(page.agenda), appendix: null, parentIndex: null });
      if (page.minutes) slices.push({ kind: 'minutes', lines: trimBlank(page.minutes), appendix: null, parentIndex: null });
      continue;
    }
    if (start.kind !== 'report') {
      slices.push({ kind: start.kind, lines: trimBlank(lines), appendix: null, parentIndex: null });
      continue;
    }
    const appendices = findAppendices(lines);
    const parentIndex = slices.length;
    slices.push({ kind: 'report', lines: trimBlank(lines.slice(0, appendices[0]?.start ?? lines.length)), appendix: null, parentIndex: null });
    for (const appendix of appendices) {
      slices.push({ kind: 'appendix', lines: trimBlank(lines.slice(appendix.start, appendix.end)), appendix: appendix.label, parentIndex });
    }
  }
  return slices;
}
