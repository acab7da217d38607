import { expect, test } from 'vitest';
import { dateNote, paperInWords, witnessLines } from './witness-lines.ts';
import { entry, PAPERS, paperOf, retold } from './__fixtures__/retold-decision.ts';

test('one paper: one line, its meeting and paragraph in words, no date of its own', () => {
  expect(witnessLines(entry({}), paperOf)).toEqual([
    {
      documentHref: '/documents/policy-2016/',
      href: '/documents/policy-2016/#p-12',
      kind: 'A report',
      title: 'Better Together update',
      meeting: 'Policy Committee, 20 April 2016, item 7',
      readLabel: 'Read paragraph 12 in context',
      dateGiven: null,
    },
  ]);
});

test('several papers giving the date differently: a line each, oldest first, each with the date it gives', () => {
  const lines = witnessLines(retold, paperOf);
  expect(lines.map((l) => [l.href, l.readLabel, l.dateGiven])).toEqual([
    ['/documents/policy-2016/#p-12', 'Read paragraph 12 in context', 'November 2015'],
    ['/documents/asch-2017/#p-3-1', 'Read paragraph 3.1 in context', '2 November 2015'],
  ]);
});

test('minutes are named by the meeting they record, with no item', () => {
  const resolution = entry({ evidence: 'resolved', source: { document: 'minutes-2015', anchor: 'resolution-2015-004' } });
  const [line] = witnessLines(resolution, paperOf);
  expect(line).toMatchObject({ kind: 'The minutes', meeting: 'Adult Social Care and Health Committee, 2 November 2015', readLabel: 'Read resolution 2015/004 in context' });
  expect(paperInWords(PAPERS['minutes-2015']!)).toBe('the minutes of Adult Social Care and Health Committee, 2 November 2015');
});

test('the date note names the paper the date comes from and what the other gives', () => {
  expect(dateNote(retold, paperOf)).toEqual({
    paper: 'the report to Adult Social Care and Public Health Committee, 13 November 2017, item 4',
    href: '/documents/asch-2017/#p-3-1',
    others: 'the other paper gives only the month',
  });
});

test('the date note lists dates that disagree rather than calling them less precise', () => {
  const sources = [...retold.sources!, { document: 'minutes-2015', anchor: 'p-1', date: '2015-10', datePrecision: 'month' as const }];
  expect(dateNote({ ...retold, sources }, paperOf)?.others).toBe('other papers give November 2015 and October 2015');
});

test('no date note when every paper gives the same date', () => {
  expect(dateNote(entry({}), paperOf)).toBeNull();
});

test('a paper the archive does not hold is refused, naming the entry', () => {
  const stray = entry({ sources: [{ document: 'policy-2016', anchor: 'p-12', date: '2015-11', datePrecision: 'month' }, { document: 'gone', anchor: 'p-1', date: '2015-11', datePrecision: 'month' }] });
  expect(() => witnessLines(stray, paperOf)).toThrowErrorMatchingInlineSnapshot(`[Error: 2015-11-02-asch-agreed-the-alliance: the paper "gone" that records it is not held]`);
});
