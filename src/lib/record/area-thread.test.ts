import { expect, test } from 'vitest';
import type { Decision } from '../model/decision.ts';
import type { DocumentEntry } from './record-index.ts';
import { areaThread } from './area-thread.ts';

const decision = (id: string, date: string, areas: string[]) => ({ id, date, areas }) as unknown as Decision;
const doc = (id: string, date: string, kind: string, areas: string[]) => ({ id, data: { date, kind, areas } }) as unknown as DocumentEntry;

test("an area's thread: its decisions and papers in date order, papers first on the same day, no agendas or appendices", () => {
  const record = {
    decisions: [decision('2017-07-stp-published', '2017-07', ['bassetlaw', 'national']), decision('2016-04-20-bcf-plan', '2016-04-20', ['bassetlaw']), decision('2018-other', '2018', ['county-wide'])],
    documents: new Map([
      ['2016-04-20-report', doc('2016-04-20-report', '2016-04-20', 'report', ['bassetlaw'])],
      ['2016-04-20-agenda', doc('2016-04-20-agenda', '2016-04-20', 'agenda', ['bassetlaw'])],
      ['2016-04-20-report-appendix-1', doc('2016-04-20-report-appendix-1', '2016-04-20', 'appendix', ['bassetlaw'])],
      ['2015-minutes', doc('2015-minutes', '2015-03-02', 'minutes', ['bassetlaw', 'county-wide'])],
    ]),
  };
  expect(areaThread(record, 'bassetlaw').map((i) => i.decision?.id ?? i.doc?.id)).toEqual(['2015-minutes', '2016-04-20-report', '2016-04-20-bcf-plan', '2017-07-stp-published']);
  expect(areaThread(record, 'county-wide').map((i) => i.decision?.id ?? i.doc?.id)).toEqual(['2015-minutes', '2018-other']);
  expect(areaThread(record, 'mid-nottinghamshire')).toEqual([]);
});
