import { expect, test } from 'vitest';
import { anchorInWords, citationLine } from './citation-line.ts';

test('cites a resolution by committee, date and number', () => {
  expect(
    citationLine(
      { evidence: 'resolved', ref: '2021/002', source: { document: 'm', anchor: 'resolution-2021-002' } },
      { kind: 'minutes', body: 'Adult Social Care and Public Health Committee', date: '2021-01-11', agendaItem: '1', reference: null },
    ),
  ).toBe('Adult Social Care and Public Health Committee, 11 January 2021, resolution 2021/002');
});

test('cites a recommendation by meeting, item and number', () => {
  expect(
    citationLine(
      { evidence: 'recommended', ref: null, source: { document: 'r', anchor: 'recommendation-3' } },
      { kind: 'report', body: 'Adult Social Care and Health Committee', date: '2016-07-11', agendaItem: '6', reference: 'ASCH412' },
    ),
  ).toBe('Adult Social Care and Health Committee, 11 July 2016, item 6 (ASCH412), recommendation 3');
});

test('cites a recorded decision by the paragraph that records it', () => {
  expect(
    citationLine(
      { evidence: 'recorded', ref: null, source: { document: 'r', anchor: 'p-12' } },
      { kind: 'report', body: 'Policy Committee', date: '2016-04-20', agendaItem: '7', reference: null },
    ),
  ).toBe('Policy Committee, 20 April 2016, item 7, paragraph 12');
});

test('puts anchors into words', () => {
  expect(anchorInWords('p-1-13')).toBe('paragraph 1.13');
  expect(anchorInWords('recommendation-a')).toBe('recommendation a');
  expect(anchorInWords('resolution-2021-002')).toBe('resolution 2021/002');
  expect(anchorInWords('purpose-of-the-report')).toBeNull();
});
