import type { DocumentData, DocumentKind } from '../model/document.ts';

/** Each kind of document in words, as a badge: "Report", "Minutes". */
export const KIND_LABELS: Record<DocumentKind, string> = {
  report: 'Report',
  minutes: 'Minutes',
  agenda: 'Agenda',
  appendix: 'Appendix',
};

/**
 * The first line of a document's masthead, as the council prints it:
 * "Report to Policy Committee", "Minutes of the Adult Social Care and Public Health Committee".
 */
export function addressedTo(data: Pick<DocumentData, 'kind' | 'body' | 'meeting'>): string {
  switch (data.kind) {
    case 'report':
      return `Report to ${data.meeting.body}`;
    case 'appendix':
      return `Appendix to a report to ${data.meeting.body}`;
    case 'minutes':
      return `Minutes of the ${data.body}`;
    case 'agenda':
      return `Agenda of the ${data.meeting.body}`;
  }
}

/** "Report of the Corporate Director, Adult Social Care" from an author role, whether or not it already says "Report of". */
export function authorLine(author: string): string {
  const trimmed = author.trim();
  if (/^report of\b/i.test(trimmed)) return trimmed;
  return `Report of the ${trimmed.replace(/^the\s+/i, '')}`;
}

/** An appendix's own number or letter, from its id: "…-item-6-appendix-1" → "1"; undefined when the id gives none. */
export function appendixNumber(id: string): string | undefined {
  return /-appendix-([a-z0-9]+)$/.exec(id)?.[1]?.toUpperCase();
}
