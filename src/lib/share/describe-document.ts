import type { DocumentData } from '../model/document.ts';
import { formatDate } from '../site/dates.ts';
import { addressedTo } from '../site/document-words.ts';
import { reportPurpose } from './report-purpose.ts';
import { DESCRIPTION_MAX } from './describe-decision.ts';
import { trimText } from './trim-text.ts';

/**
 * A document's description for search engines and link previews, in plain text: a report's purpose, in the
 * council's words; else (minutes, an agenda, an appendix, a report with no purpose section) what the paper is and
 * where it was tabled: "Minutes of the … Committee, 11 January 2021: Minutes".
 */
export function describeDocument(data: Pick<DocumentData, 'kind' | 'title' | 'body' | 'meeting' | 'agendaItem'>, mdxBody: string): string {
  const purpose = data.kind === 'report' ? reportPurpose(mdxBody) : null;
  if (purpose !== null) return trimText(/[.!?]$/.test(purpose) ? purpose : `${purpose}.`, DESCRIPTION_MAX);
  const item = data.agendaItem ? `, item ${data.agendaItem}` : '';
  return trimText(`${addressedTo(data)}, ${formatDate(data.meeting.date)}${item}: ${data.title}`, DESCRIPTION_MAX);
}
