import type { Decision, Witness } from '../../model/decision.ts';
import { bodyKey, sameBody } from './bodies.ts';
import { statementOf, statementsAgree, type Statement } from './same-words.ts';

/** The merged record, and where each merged-away id went: id → the id of the entry that holds it now. */
export interface Merged {
  decisions: Decision[];
  mergedInto: Map<string, string>;
}

/** One event as the papers retell it: the first retelling (whose id the entry keeps) and all of them in order. */
interface Group {
  first: Decision;
  members: Decision[];
  /** The most precise date the retellings agree on. */
  date: string;
}

/** Two dates agree when one is the other given to a finer precision: "2015-11" and "2015-11-02". */
export function datesAgree(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}-`) || b.startsWith(`${a}-`);
}


/** The id without its date and any suffix that told apart retellings: what was decided or happened, as a slug. */
const idStem = (id: string) => id.replace(/^\d{4}(?:-\d{2}){0,2}-/, '').replace(/-\d+$/, '');

/** A retelling belongs to a group when evidence, body, date and words agree, and it is not a second reading of a paragraph already in it. */
function fits(group: Group, d: Decision, statement: (text: string) => Statement): boolean {
  return (
    group.first.evidence === d.evidence &&
    sameBody(group.first.body, d.body) &&
    datesAgree(group.date, d.date) &&
    !group.members.some((m) => m.source.document === d.source.document && m.source.anchor === d.source.anchor) &&
    statementsAgree(statement(group.first.text), statement(d.text))
  );
}

/** The paper an extracted entry stands in, as a witness: its paragraph, and the date as that paper gives it. */
export function witnessOf(d: Decision): Witness {
  return { document: d.source.document, anchor: d.source.anchor, date: d.date, datePrecision: d.datePrecision };
}

/** The group as one entry: the first retelling's words, id and address, the most precise date, every paper as witness. */
function entryOf(group: Group): Decision {
  const { first, members } = group;
  if (members.length === 1) return first;
  const dated = members.find((m) => m.date === group.date)!;
  return {
    ...first,
    date: dated.date,
    datePrecision: dated.datePrecision,
    sources: members.flatMap((m) => m.sources ?? [witnessOf(m)]),
    mergedIds: members.slice(1).flatMap((m) => [m.id, ...(m.mergedIds ?? [])]),
  };
}

/**
 * Recorded decisions and milestones that several papers retell become one entry each, with every paper as its
 * witness, oldest first (the decisions come in the documents' order). Only what agrees in evidence, body, date (at
 * its precision) and words (statementsAgree) is merged; where a retelling fits more than one entry and none has its id's
 * stem, it stays apart. Resolutions and recommendations are left as they are.
 */
export function mergeRetellings(decisions: readonly Decision[]): Merged {
  // Compared within one evidence, body and year only: across the whole record the pairs would grow with its square.
  const buckets = new Map<string, Group[]>();
  const groupOf = new Map<Decision, Group>();
  const statements = new Map<string, Statement>();
  const statement = (text: string) => statements.get(text) ?? statements.set(text, statementOf(text)).get(text)!;
  for (const d of decisions) {
    if (d.evidence !== 'recorded' && d.evidence !== 'milestone') continue;
    const key = `${d.evidence}\n${bodyKey(d.body)}\n${d.date.slice(0, 4)}`;
    const groups = buckets.get(key) ?? [];
    buckets.set(key, groups);
    const fitting = groups.filter((g) => fits(g, d, statement));
    const sameStem = fitting.filter((g) => idStem(g.first.id) === idStem(d.id));
    const group = fitting.length === 1 ? fitting[0] : sameStem.length === 1 ? sameStem[0] : undefined;
    if (group) {
      group.members.push(d);
      if (d.date.length > group.date.length) group.date = d.date;
      groupOf.set(d, group);
    } else {
      const created = { first: d, members: [d], date: d.date };
      groups.push(created);
      groupOf.set(d, created);
    }
  }
  const mergedInto = new Map<string, string>();
  const out: Decision[] = [];
  for (const d of decisions) {
    const group = groupOf.get(d);
    if (!group) out.push(d);
    else if (group.first === d) out.push(entryOf(group));
    else mergedInto.set(d.id, group.first.id);
  }
  return { decisions: out, mergedInto };
}
