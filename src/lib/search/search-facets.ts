/**
 * What the search index holds of a page besides its words: the filters it can be narrowed by, the line a result
 * shows (kind, date, committee, item or reference) and the date it sorts by. Pure: the page data in, the facets out.
 */
import type { CitedDocument, Decision, Evidence } from '../model/decision.ts';
import type { DocumentData } from '../model/document.ts';
import { areaInfo } from '../record/areas.ts';
import { formatPartialDate } from '../record/dates.ts';
import { KIND_LABELS } from '../site/document-words.ts';

/** The filters a search can be narrowed by, in the order the search page lists them. Also their URL parameters. */
export const FILTER_NAMES = ['kind', 'committee', 'year', 'area'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/** The words a result shows above its excerpt. */
export interface ResultLine {
  /** "Report", "Minutes", "Resolution", "Glossary"… */
  kind: string;
  /** "11 January 2021", "August 2017". */
  date?: string;
  /** The committee (or other body) the page belongs to. */
  committee?: string;
  /** "Item 6 · ASCPH506", "Resolution 2021/002". */
  detail?: string;
}

export interface SearchFacets {
  filters: Partial<Record<FilterName, string[]>>;
  meta: ResultLine;
  /** YYYY-MM-DD, YYYY-MM or YYYY; null for a page with no date (it drops out of a search sorted by date). */
  sortDate: string | null;
}

/** Each kind of decision page in words, as the kind filter offers it. */
export const DECISION_KIND_LABELS: Record<Evidence, string> = {
  resolved: 'Resolution',
  recommended: 'Recommendation',
  recorded: 'Recorded decision',
  milestone: 'Milestone',
};

export const CITED_KIND_LABEL = 'Cited paper (not held)';
export const GLOSSARY_KIND_LABEL = 'Glossary';

const areaNames = (areas: DocumentData['areas']): string[] => areas.map((a) => areaInfo(a).name);
const join = (parts: (string | null | undefined)[]): string | undefined => {
  const kept = parts.filter((p): p is string => Boolean(p));
  return kept.length > 0 ? kept.join(' · ') : undefined;
};
/** Build the facets, leaving out empty filters and absent result-line parts (exactOptionalPropertyTypes). */
function facets(filters: Partial<Record<FilterName, (string | null | undefined)[]>>, meta: Record<keyof ResultLine, string | undefined>, sortDate: string | null): SearchFacets {
  const kept: Partial<Record<FilterName, string[]>> = {};
  for (const name of FILTER_NAMES) {
    const values = [...new Set((filters[name] ?? []).filter((v): v is string => Boolean(v)))];
    if (values.length > 0) kept[name] = values;
  }
  const line: ResultLine = { kind: meta.kind ?? '' };
  if (meta.date) line.date = meta.date;
  if (meta.committee) line.committee = meta.committee;
  if (meta.detail) line.detail = meta.detail;
  return { filters: kept, meta: line, sortDate };
}

/** A held document: report, minutes, agenda or appendix. Minutes belong to the committee whose meeting they record. */
export function documentFacets(data: DocumentData): SearchFacets {
  const committee = data.kind === 'minutes' ? data.body : data.meeting.body;
  const kind = KIND_LABELS[data.kind];
  return facets(
    { kind: [kind], committee: [committee], year: [data.date.slice(0, 4)], area: areaNames(data.areas) },
    {
      kind,
      date: formatPartialDate(data.date, 'day'),
      committee,
      detail: join([data.agendaItem && data.kind !== 'minutes' ? `Item ${data.agendaItem}` : null, data.reference]),
    },
    data.date,
  );
}

/** A paper other papers cite but the archive does not hold. */
export function citedFacets(cited: CitedDocument): SearchFacets {
  return facets(
    { kind: [CITED_KIND_LABEL], committee: [cited.body], year: [cited.date?.slice(0, 4)] },
    { kind: CITED_KIND_LABEL, date: cited.date ? formatPartialDate(cited.date, 'day') : undefined, committee: cited.body ?? undefined, detail: undefined },
    cited.date,
  );
}

/**
 * A decision or milestone. Its body is offered as a committee filter only when it is one of the council's
 * committees (`isCommittee`); NHS England and other bodies still show on the result line.
 */
export function decisionFacets(decision: Decision, isCommittee: (body: string) => boolean): SearchFacets {
  const kind = DECISION_KIND_LABELS[decision.evidence];
  const detail = decision.ref ? (decision.evidence === 'resolved' ? `Resolution ${decision.ref}` : decision.ref) : undefined;
  return facets(
    {
      kind: [kind],
      committee: [decision.body !== null && isCommittee(decision.body) ? decision.body : null],
      year: [decision.date.slice(0, 4)],
      area: areaNames(decision.areas),
    },
    { kind, date: formatPartialDate(decision.date, decision.datePrecision), committee: decision.body ?? undefined, detail },
    decision.date,
  );
}

/** The glossary: one page, a sub-result per term. */
export function glossaryFacets(): SearchFacets {
  return facets({ kind: [GLOSSARY_KIND_LABEL] }, { kind: GLOSSARY_KIND_LABEL, date: undefined, committee: undefined, detail: undefined }, null);
}
