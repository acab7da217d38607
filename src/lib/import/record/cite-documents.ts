import type { CitedDocument } from '../../model/decision.ts';
import { formatPartialDate } from '../../record/dates.ts';
import { matchHeldDocument, type HeldDocument } from '../../record/cited-by.ts';
import { committeeSlug } from '../../record/slug.ts';
import type { Block } from './blocks.ts';
import { BODY_SOURCE, bodyName } from './bodies.ts';
import { findDates } from './dates.ts';
import type { RecordSource } from './source.ts';

/** "… report to Policy Committee on 10th February 2016", "… presented to the ASCPH Committee on 11th January 2021". */
const MENTION = new RegExp(`\\b(?:report(?:ed)?|presented|submitted)\\s+to\\s+(${BODY_SOURCE})\\s+on\\s+`, 'g');
/** "On 10 February 2016, Policy Committee received a report …". */
const RECEIVED = new RegExp(`^On\\s+([^,]{6,30}),\\s+(${BODY_SOURCE})\\s+received\\s+a\\s+report\\b`);

/** A date-first id for a paper the archive does not hold: date, committee, the first words of its title. */
export function citedDocumentId(title: string, body: string | null, date: string | null): string {
  const words = committeeSlug(title).split('-').filter(Boolean).slice(0, 6).join('-');
  return [date ?? 'undated', body ? committeeSlug(body) : '', words].filter(Boolean).join('-');
}

interface Mention {
  body: string;
  date: string;
  document: string;
  anchor: string;
}

/** The reports a paragraph says were put to a committee on a day. */
function mentionsIn(source: RecordSource, block: Block): Mention[] {
  const out: Mention[] = [];
  const own = source.data.meeting.body;
  for (const m of block.text.matchAll(MENTION)) {
    const date = findDates(block.text.slice(m.index + m[0].length), source.data.meeting.date)[0];
    if (date?.index === 0 && date.precision === 'day') out.push({ body: bodyName(m[1]!, own), date: date.date, document: source.id, anchor: block.anchor });
  }
  const received = block.text.match(RECEIVED);
  const date = received ? findDates(received[1]!, source.data.meeting.date)[0] : undefined;
  if (received && date?.precision === 'day') out.push({ body: bodyName(received[2]!, own), date: date.date, document: source.id, anchor: block.anchor });
  return out;
}

const key = (body: string | null, date: string | null) => `${(body ?? '').toLowerCase().replace(/&/g, 'and')}|${date ?? ''}`;

/**
 * The papers the held documents cite: each background paper, and each "report to <committee> on <date>" in the text,
 * with every place that cites it. A paper the archive holds (matchHeldDocument: same meeting, committee and title)
 * carries `heldAs`, the held document's id; a mention of its meeting joins it where it is the only paper cited there.
 */
export function citeDocuments(sources: readonly RecordSource[], blocksOf: ReadonlyMap<string, readonly Block[]>): CitedDocument[] {
  const held: HeldDocument[] = sources.map((s) => ({ id: s.id, data: s.data }));
  const byId = new Map<string, CitedDocument>();
  const add = (entry: Omit<CitedDocument, 'citedBy'>, citation: CitedDocument['citedBy'][number]) => {
    const known = byId.get(entry.id) ?? { ...entry, citedBy: [] };
    if (!known.citedBy.some((c) => c.document === citation.document && c.anchor === citation.anchor)) known.citedBy.push(citation);
    byId.set(entry.id, known);
  };
  for (const source of sources) {
    for (const paper of source.data.backgroundPapers) {
      const heldAs = matchHeldDocument(paper, held);
      const body = paper.body ? bodyName(paper.body, source.data.meeting.body) : null;
      const title = paper.title ?? paper.text;
      // A paper now held keeps the id it had while cited only, so that its old address can forward to the document.
      add({ id: citedDocumentId(title, body, paper.date), title, date: paper.date, body, ...(heldAs ? { heldAs } : {}) }, { document: source.id, anchor: paper.anchor });
    }
  }
  for (const source of sources) {
    for (const block of blocksOf.get(source.id) ?? []) {
      if (block.kind !== 'para') continue;
      for (const mention of mentionsIn(source, block)) {
        // A mention names no title, so never a held report by itself: it joins the one paper cited at that meeting.
        const same = [...byId.values()].filter((c) => key(c.body, c.date) === key(mention.body, mention.date));
        const title = `Report to ${mention.body}, ${formatPartialDate(mention.date, 'day')}`;
        const target = same.length === 1 ? same[0]! : { id: citedDocumentId('report', mention.body, mention.date), title, date: mention.date, body: mention.body };
        if (same.length > 1) continue;
        add(target, { document: mention.document, anchor: mention.anchor });
      }
    }
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
