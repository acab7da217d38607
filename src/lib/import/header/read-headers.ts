import { documentId } from './document-id.ts';
import { readAgendaHeader } from './read-agenda-header.ts';
import { readAppendixHeader, readReportHeader, type DocumentHeader, type HeaderContext } from './read-header.ts';
import { readMinutesHeader } from './read-minutes-header.ts';
import { learnCase, type CaseGuide } from '../text-case.ts';
import type { DocumentSlice, SourceText } from '../types.ts';

/** A document found in a source file, with its header read and its id. */
export interface ReadDocument {
  slice: DocumentSlice;
  header: DocumentHeader;
  id: string;
}

/** Read every document's header, in file order, so that minutes and appendices can take their meeting from the agenda and the report. */
export function readHeaders(source: SourceText, slices: DocumentSlice[], options: { date?: string | undefined; guide?: CaseGuide }): ReadDocument[] {
  const guide = options.guide ?? learnCase(source.lines.map((l) => l.text).join('\n'));
  const context: HeaderContext = { file: source.file, guide, date: options.date };
  const read: ReadDocument[] = [];
  let agenda: { slice: DocumentSlice; header: DocumentHeader } | null = null;
  for (const slice of slices) {
    const parent = slice.parentIndex === null ? undefined : read[slice.parentIndex];
    let header: DocumentHeader;
    if (slice.kind === 'agenda') header = readAgendaHeader(slice, context);
    else if (slice.kind === 'minutes') header = readMinutesHeader(slice, context, agenda);
    else if (slice.kind === 'appendix' && parent) header = readAppendixHeader(slice, context, parent.header);
    else header = readReportHeader(slice, context);
    if (slice.kind === 'agenda') agenda = { slice, header };
    const id = documentId({ kind: slice.kind, date: header.date, body: header.body, meeting: header.meeting, agendaItem: header.agendaItem, title: header.title, parentId: parent?.id ?? null, appendix: slice.appendix });
    read.push({ slice, header, id });
  }
  return read;
}

