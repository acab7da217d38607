import type { Decision } from '../../model/decision.ts';
import type { WitnessPaper } from '../witness-lines.ts';

/** Three papers: two reports that retell a decision, and minutes. */
export const PAPERS: Record<string, WitnessPaper> = {
  'policy-2016': { kind: 'report', title: 'Better Together update', body: 'Policy Committee', date: '2016-04-20', meeting: { body: 'Policy Committee', date: '2016-04-20' }, agendaItem: '7' },
  'asch-2017': { kind: 'report', title: 'STP update', body: 'Adult Social Care and Public Health Committee', date: '2017-11-13', meeting: { body: 'Adult Social Care and Public Health Committee', date: '2017-11-13' }, agendaItem: '4' },
  'minutes-2015': { kind: 'minutes', title: 'Minutes', body: 'Adult Social Care and Health Committee', date: '2015-11-02', meeting: { body: 'Adult Social Care and Health Committee', date: '2015-11-02' }, agendaItem: null },
};
export const paperOf = (id: string): WitnessPaper | undefined => PAPERS[id];

/** A recorded decision one paper alone records, with `over` laid on it. */
export const entry = (over: Partial<Decision> = {}): Decision => ({
  id: '2015-11-02-asch-agreed-the-alliance',
  kind: 'decision',
  evidence: 'recorded',
  title: 'The Alliance agreed',
  text: 'The committee agreed the Alliance.',
  date: '2015-11',
  datePrecision: 'month',
  body: 'Adult Social Care and Health Committee',
  ref: null,
  areas: ['mid-nottinghamshire'],
  source: { document: 'policy-2016', anchor: 'p-12' },
  resolvedBy: null,
  reports: null,
  ...over,
});

/** The same decision retold by two reports: the first gives the month, the second the day. */
export const retold: Decision = entry({
  date: '2015-11-02',
  datePrecision: 'day',
  sources: [
    { document: 'policy-2016', anchor: 'p-12', date: '2015-11', datePrecision: 'month' },
    { document: 'asch-2017', anchor: 'p-3-1', date: '2015-11-02', datePrecision: 'day' },
  ],
  mergedIds: ['2015-11-asch-agreed-the-alliance'],
});
