import type { Decision } from '../model/decision.ts';
import type { AtomEntry } from './atom.ts';
import { atomDate } from './atom.ts';
import { areaInfo } from './areas.ts';
import { formatPartialDate } from './dates.ts';
import { decisionPath } from './decision-api.ts';
import { EVIDENCE_WORDS } from './evidence.ts';
import { paperInWords, type WitnessPaper } from './witness-lines.ts';
import { witnessesOf } from './witnesses.ts';

/** A decision or milestone as an entry of the Atom feed: its evidence, date, body and words, and the papers that record it. */
export function decisionAtomEntry(d: Decision, site: URL, paperOf: (id: string) => WitnessPaper | undefined): AtomEntry {
  const papers = witnessesOf(d).map((w) => {
    const paper = paperOf(w.document);
    if (!paper) throw new Error(`${d.id}: the paper "${w.document}" that records it is not held`);
    return paperInWords(paper);
  });
  return {
    url: new URL(decisionPath(d.id), site).href,
    title: d.title,
    updated: atomDate(d.date),
    summary: `${EVIDENCE_WORDS[d.evidence].phrase}. ${formatPartialDate(d.date, d.datePrecision)}${d.body ? `, ${d.body}` : ''}. ${d.text} Recorded in ${papers.join('; ')}.`,
    categories: [d.evidence, ...d.areas.map((a) => areaInfo(a).name)],
  };
}
