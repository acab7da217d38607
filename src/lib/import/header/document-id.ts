import { committeeSlug } from '../../record/slug.ts';
import type { DocumentKind } from '../../model/document.ts';

const slug = (text: string) => committeeSlug(text);

/**
 * A document's id: its file name and the last part of its URL. Date-first and readable, and permanent once published:
 * "2016-04-20-policy-committee-item-7", "…-agenda", "2021-01-11-…-minutes", "…-item-6-appendix-1".
 * A report with no agenda item is named by the first words of its title.
 */
export function documentId(input: { kind: DocumentKind; date: string; body: string; meeting: { body: string; date: string }; agendaItem: string | null; title: string; parentId?: string | null; appendix?: string | null }): string {
  if (input.kind === 'appendix' && input.parentId) return `${input.parentId}-appendix-${slug(input.appendix ?? '1')}`;
  if (input.kind === 'agenda') return `${input.meeting.date}-${slug(input.meeting.body)}-agenda`;
  if (input.kind === 'minutes') return `${input.date}-${slug(input.body)}-minutes`;
  const base = `${input.meeting.date}-${slug(input.meeting.body)}`;
  if (input.agendaItem) return `${base}-item-${slug(input.agendaItem)}`;
  return `${base}-${slug(input.title).split('-').slice(0, 6).join('-')}`;
}
