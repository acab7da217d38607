import { cleanHeaderText } from '../clean/clean-header-text.ts';
import { titleCase } from '../text-case.ts';
import { ImportError, type DocumentSlice } from '../types.ts';
import { readFrontSheet } from './read-front-sheet.ts';
import { longDate, type DocumentHeader, type HeaderContext } from './read-header.ts';

/** An agenda (or a summons to the council): the committee's name, the date (and time), the venue, "AGENDA" and the numbered items. */
export function readAgendaHeader(slice: DocumentSlice, context: HeaderContext): DocumentHeader {
  const sheet = readFrontSheet(slice.lines);
  if (sheet.body === null) {
    throw new ImportError(context.file, sheet.line, 'no committee named in the agenda\'s header', 'start the agenda with the committee\'s name on a line of its own (e.g. "Policy Committee")');
  }
  const date = sheet.date ?? context.date ?? null;
  if (date === null) {
    throw new ImportError(context.file, sheet.line, 'the agenda\'s header has no meeting date', 'add the date under the committee\'s name (e.g. "Monday, 8 February 2021 at 10:30"), or give it with --date YYYY-MM-DD');
  }
  const body = titleCase(cleanHeaderText(sheet.body), context.guide);
  const title = `${sheet.kind === 'summons' ? 'Summons and agenda' : 'Agenda'}, ${longDate(date)}`;
  // The date line stays in the body too: it gives the time of the meeting.
  return { title, date, body, meeting: { body, date }, agendaItem: null, reference: null, author: null, bodyLines: sheet.bodyLines };
}
