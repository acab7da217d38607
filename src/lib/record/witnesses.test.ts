import { expect, test } from 'vitest';
import type { Witness } from '../model/decision.ts';
import { dateGivenBy, witnessesOf } from './witnesses.ts';

const report2016: Witness = { document: '2016-04-20-policy-committee-item-7', anchor: 'p-12', date: '2015-11', datePrecision: 'month' };
const report2017: Witness = { document: '2017-11-13-asch-item-4', anchor: 'p-3', date: '2015-11-02', datePrecision: 'day' };

test('one paper alone: its one witness is the source, with the entry’s date', () => {
  const entry = { source: { document: 'doc-a', anchor: 'p-1' }, date: '2016-03', datePrecision: 'month' as const };
  expect(witnessesOf(entry)).toEqual([{ document: 'doc-a', anchor: 'p-1', date: '2016-03', datePrecision: 'month' }]);
  expect(dateGivenBy(entry)).toBeNull();
});

test('several papers: the witnesses are its sources, in their order', () => {
  const entry = { source: { document: report2016.document, anchor: 'p-12' }, sources: [report2016, report2017], date: '2015-11-02', datePrecision: 'day' as const };
  expect(witnessesOf(entry)).toEqual([report2016, report2017]);
});

test('the date is given by the paper that gives it to the entry’s precision, when the papers differ', () => {
  const entry = { source: { document: report2016.document, anchor: 'p-12' }, sources: [report2016, report2017], date: '2015-11-02', datePrecision: 'day' as const };
  expect(dateGivenBy(entry)).toEqual(report2017);
});

test('no paper gives the date when every paper gives the same one', () => {
  const same = { ...report2017, date: '2015-11', datePrecision: 'month' as const };
  const entry = { source: { document: report2016.document, anchor: 'p-12' }, sources: [report2016, same], date: '2015-11', datePrecision: 'month' as const };
  expect(dateGivenBy(entry)).toBeNull();
});

test('a paper giving less of the date does not give it', () => {
  const yearOnly: Witness = { ...report2016, date: '2015', datePrecision: 'year' };
  const entry = { source: { document: report2016.document, anchor: 'p-12' }, sources: [yearOnly, report2016], date: '2015-11', datePrecision: 'month' as const };
  expect(dateGivenBy(entry)).toEqual(report2016);
});
