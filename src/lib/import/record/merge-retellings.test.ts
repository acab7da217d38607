import { describe, expect, test } from 'vitest';
import type { Decision } from '../../model/decision.ts';
import { datesAgree, mergeRetellings } from './merge-retellings.ts';

const WORKSHOP = 'A workshop was held on 18 March 2016 to bring together all the partners in Mid and South Nottinghamshire.';

function milestone(id: string, date: string, document: string, anchor = 'p-1', text = WORKSHOP): Decision {
  return {
    id,
    kind: 'milestone',
    evidence: 'milestone',
    title: 'A workshop',
    text,
    date,
    datePrecision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
    body: null,
    ref: null,
    areas: ['mid-nottinghamshire'],
    source: { document, anchor },
    resolvedBy: null,
    reports: null,
  };
}

test('dates agree when one is the other to a finer precision', () => {
  expect(datesAgree('2015-11', '2015-11-02')).toBe(true);
  expect(datesAgree('2015', '2015-11-02')).toBe(true);
  expect(datesAgree('2015-11-02', '2015-11-02')).toBe(true);
  expect(datesAgree('2015-11-02', '2015-11-03')).toBe(false);
  expect(datesAgree('2015-01', '2015-11')).toBe(false);
  expect(datesAgree('2015-1', '2015-11')).toBe(false);
});

describe('mergeRetellings', () => {
  test('the first retelling keeps its id; the others point to it', () => {
    const { decisions, mergedInto } = mergeRetellings([
      milestone('2016-03-18-workshop-held', '2016-03-18', 'a'),
      milestone('2016-03-18-workshop-held-2', '2016-03-18', 'b'),
    ]);
    expect(decisions.map((d) => d.id)).toEqual(['2016-03-18-workshop-held']);
    expect(decisions[0]!.mergedIds).toEqual(['2016-03-18-workshop-held-2']);
    expect([...mergedInto]).toEqual([['2016-03-18-workshop-held-2', '2016-03-18-workshop-held']]);
  });

  test('a retelling dated to the month that fits two different days stays apart', () => {
    const { decisions } = mergeRetellings([
      milestone('2016-03-18-workshop-held', '2016-03-18', 'a'),
      milestone('2016-03-21-workshop-held', '2016-03-21', 'b'),
      milestone('2016-03-workshop-held', '2016-03', 'c'),
    ]);
    expect(decisions.map((d) => d.id)).toEqual(['2016-03-18-workshop-held', '2016-03-21-workshop-held', '2016-03-workshop-held']);
    expect(decisions.every((d) => d.sources === undefined)).toBe(true);
  });

  test('two readings of one paragraph are two events, never one', () => {
    const text = 'The STP was submitted and published on 24 November 2016.';
    const { decisions } = mergeRetellings([
      milestone('2016-11-24-stp-submitted', '2016-11-24', 'a', 'p-2', text),
      milestone('2016-11-24-stp-published', '2016-11-24', 'a', 'p-2', text),
      milestone('2016-11-24-stp-submitted-2', '2016-11-24', 'b', 'p-7', text),
      milestone('2016-11-24-stp-published-2', '2016-11-24', 'b', 'p-7', text),
    ]);
    expect(decisions.map((d) => [d.id, d.mergedIds])).toEqual([
      ['2016-11-24-stp-submitted', ['2016-11-24-stp-submitted-2']],
      ['2016-11-24-stp-published', ['2016-11-24-stp-published-2']],
    ]);
  });

  test('a milestone and a recorded decision are never one entry, nor two bodies’ decisions', () => {
    const recorded = { ...milestone('2016-03-18-board-agreed-workshop', '2016-03-18', 'b'), kind: 'decision' as const, evidence: 'recorded' as const, body: 'Better Care Fund Board' };
    const other = { ...recorded, id: '2016-03-18-board-agreed-workshop-2', body: 'Health and Wellbeing Board', source: { document: 'c', anchor: 'p-1' } };
    expect(mergeRetellings([milestone('2016-03-18-workshop-held', '2016-03-18', 'a'), recorded, other]).decisions).toHaveLength(3);
  });

  test('resolutions and recommendations pass through untouched', () => {
    const resolution = { ...milestone('2021-01-11-resolution-2021-002', '2021-01-11', 'm'), kind: 'decision' as const, evidence: 'resolved' as const };
    const again = { ...resolution, id: '2021-01-11-resolution-2021-002-2', source: { document: 'n', anchor: 'p-1' } };
    expect(mergeRetellings([resolution, again]).decisions).toEqual([resolution, again]);
  });
});
