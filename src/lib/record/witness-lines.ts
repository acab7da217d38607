import type { Decision } from '../model/decision.ts';
import type { DocumentData } from '../model/document.ts';
import { anchorInWords } from './citation-line.ts';
import { formatPartialDate } from './dates.ts';
import { documentPath } from './decision-api.ts';
import { dateGivenBy, witnessesOf } from './witnesses.ts';

/** What the list of witnesses needs to know of a paper. */
export type WitnessPaper = Pick<DocumentData, 'kind' | 'title' | 'body' | 'date' | 'meeting' | 'agendaItem'>;

/** One paper that records an entry, in words, for the "Recorded in" list. */
export interface WitnessLine {
  /** The paper's page. */
  documentHref: string;
  /** The paragraph on that page. */
  href: string;
  /** "A report", "The minutes", "An appendix", "An agenda". */
  kind: string;
  title: string;
  /** "Policy Committee, 20 April 2016, item 7". */
  meeting: string;
  /** "Read paragraph 12 in context". */
  readLabel: string;
  /** The date as this paper gives it, where the papers give it differently; else null. */
  dateGiven: string | null;
}

const KIND_WORDS: Record<WitnessPaper['kind'], string> = { report: 'A report', minutes: 'The minutes', appendix: 'An appendix', agenda: 'An agenda' };

/** The committee, date and item a paper went to: minutes by the meeting they record, the rest by the meeting that tabled them. */
function meetingOf(paper: WitnessPaper): string {
  if (paper.kind === 'minutes') return `${paper.body}, ${formatPartialDate(paper.date, 'day')}`;
  const item = paper.agendaItem ? `, item ${paper.agendaItem}` : '';
  return `${paper.meeting.body}, ${formatPartialDate(paper.meeting.date, 'day')}${item}`;
}

/** A paper named in a sentence: "the report to Policy Committee, 20 April 2016, item 7". */
export function paperInWords(paper: WitnessPaper): string {
  const what = { report: 'the report to', minutes: 'the minutes of', appendix: 'the appendix tabled at', agenda: 'the agenda of' }[paper.kind];
  return `${what} ${meetingOf(paper)}`;
}

/** Every paper that records an entry, oldest first, in words; `paperOf` looks a document up by id (every witness must be held). */
export function witnessLines(decision: Decision, paperOf: (id: string) => WitnessPaper | undefined): WitnessLine[] {
  const witnesses = witnessesOf(decision);
  const differ = witnesses.some((w) => w.date !== witnesses[0]!.date || w.datePrecision !== witnesses[0]!.datePrecision);
  return witnesses.map((w) => {
    const paper = paperOf(w.document);
    if (!paper) throw new Error(`${decision.id}: the paper "${w.document}" that records it is not held`);
    return {
      documentHref: documentPath(w.document),
      href: documentPath(w.document, w.anchor),
      kind: KIND_WORDS[paper.kind],
      title: paper.title,
      meeting: meetingOf(paper),
      readLabel: `Read ${anchorInWords(w.anchor) ?? 'it'} in context`,
      dateGiven: differ ? formatPartialDate(w.date, w.datePrecision) : null,
    };
  });
}

/** Where the papers give an entry's date differently: the paper the date is taken from, and what the others give. */
export interface DateNote {
  /** "the report to …, 13 November 2017, item 4". */
  paper: string;
  /** The paragraph that gives the date. */
  href: string;
  /** "the other paper gives only the month", "other papers give 3 November 2015 and November 2015". */
  others: string;
}

/** Which paper an entry's date is taken from, and what the other papers give, or null when they all give the same date. */
export function dateNote(decision: Decision, paperOf: (id: string) => WitnessPaper | undefined): DateNote | null {
  const given = dateGivenBy(decision);
  if (!given) return null;
  const paper = paperOf(given.document);
  if (!paper) throw new Error(`${decision.id}: the paper "${given.document}" that records it is not held`);
  const witnesses = witnessesOf(decision);
  const rest = witnesses.filter((w) => w.date !== decision.date || w.datePrecision !== decision.datePrecision);
  const subject = rest.length > 1 ? 'other papers give' : witnesses.length === 2 ? 'the other paper gives' : 'another paper gives';
  // Coarser and agreeing ("November 2015" beside "2 November 2015"): say how much less they give.
  const precisions = new Set(rest.map((w) => w.datePrecision));
  const agree = rest.every((w) => decision.date.startsWith(w.date));
  const others =
    agree && precisions.size === 1
      ? `${subject} only the ${[...precisions][0]}`
      : `${subject} ${[...new Set(rest.map((w) => formatPartialDate(w.date, w.datePrecision)))].join(' and ')}`;
  return { paper: paperInWords(paper), href: documentPath(given.document, given.anchor), others };
}
