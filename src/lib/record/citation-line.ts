import type { Decision } from '../model/decision.ts';
import type { DocumentData } from '../model/document.ts';
import { formatPartialDate } from './dates.ts';

/** What a citation needs to know of the source document. */
export type CitationSource = Pick<DocumentData, 'kind' | 'body' | 'date' | 'agendaItem' | 'reference'>;

/** A fragment id in words: "p-1-13" → "paragraph 1.13", "recommendation-a" → "recommendation a", "resolution-2021-002" → "resolution 2021/002". */
export function anchorInWords(anchor: string): string | null {
  const para = /^p-(.+)$/.exec(anchor);
  if (para?.[1]) return `paragraph ${para[1].replaceAll('-', '.')}`;
  const rec = /^recommendation-(.+)$/.exec(anchor);
  if (rec?.[1]) return `recommendation ${rec[1]}`;
  const res = /^resolution-(\d{4})-(.+)$/.exec(anchor);
  if (res?.[1] && res[2]) return `resolution ${res[1]}/${res[2]}`;
  return null;
}

/**
 * The ready-made citation of an entry, pointing at where its evidence stands:
 * "Adult Social Care and Public Health Committee, 11 January 2021, resolution 2021/002";
 * "Policy Committee, 20 April 2016, item 7 (ASCH393), paragraph 12".
 */
export function citationLine(entry: Pick<Decision, 'evidence' | 'ref' | 'source'>, source: CitationSource): string {
  const parts = [source.body, formatPartialDate(source.date, 'day')];
  if (entry.evidence === 'resolved' && entry.ref) {
    parts.push(`resolution ${entry.ref}`);
    return parts.join(', ');
  }
  if (source.kind !== 'minutes' && source.agendaItem) {
    const item = `item ${source.agendaItem}${source.kind === 'appendix' ? ', appendix' : ''}`;
    parts.push(source.reference ? `${item} (${source.reference})` : item);
  }
  const where = anchorInWords(entry.source.anchor);
  if (where) parts.push(where);
  return parts.join(', ');
}
