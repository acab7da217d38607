import { expect, test } from 'vitest';
import { citationsByDocument, citedByIndex, decisionCitedBy, laterRecordsIndex, matchHeldDocument, SAME_TITLE, titleLikeness, type HeldDocument } from './cited-by.ts';
import { heldRedirects } from './held-redirects.ts';

const paper = (date: string | null, body: string | null, title: string, anchor = 'background-paper-1') => ({ text: title, anchor, title, body, date });
const held = (id: string, date: string, body: string, title: string, backgroundPapers: ReturnType<typeof paper>[] = []): HeldDocument => ({
  id,
  data: { kind: 'report', title, date, body, backgroundPapers },
});

const policy = held('2016-04-20-policy-committee-item-7', '2016-04-20', 'Policy Committee', 'Update on integration in Mid-Nottinghamshire', [
  paper('2016-02-10', 'Policy Committee', 'Integrating health and social care in Nottinghamshire', 'background-paper-3'),
]);
const earlier = held('2016-02-10-policy-committee-item-5', '2016-02-10', 'Policy Committee', 'Integrating health and social care in Nottinghamshire');
const other = held('2016-02-10-policy-committee-item-6', '2016-02-10', 'Policy Committee', 'Library opening hours');

test('a background paper names the held report of that date and body whose title it shares', () => {
  expect(matchHeldDocument(policy.data.backgroundPapers[0]!, [policy, earlier, other])).toBe(earlier.id);
});

test('never by date alone: another report of the same meeting and committee is another paper', () => {
  expect(matchHeldDocument(policy.data.backgroundPapers[0]!, [other])).toBeNull();
});

test('a citation with no title of its own names no report, even the only one of its meeting', () => {
  expect(matchHeldDocument({ text: 'report to Policy Committee on 10 February 2016', anchor: 'p-34', title: null, body: 'Policy Committee', date: '2016-02-10' }, [earlier])).toBeNull();
});

test('minutes are one a meeting: cited as minutes, they are the minutes of that meeting and committee', () => {
  const minutes: HeldDocument = { id: '2020-07-24-health-and-wellbeing-board-minutes', data: { kind: 'minutes', title: 'Minutes', date: '2020-07-24', body: 'Health and Wellbeing Board', backgroundPapers: [] } };
  expect(matchHeldDocument({ text: 'Minutes of HWB meeting 24.07.2020', anchor: 'background-paper-1', title: null, body: 'Health and Wellbeing Board', date: '2020-07-24' }, [minutes])).toBe(minutes.id);
  expect(matchHeldDocument({ text: 'Minutes of the meeting', anchor: 'background-paper-1', title: null, body: 'Policy Committee', date: '2020-07-24' }, [minutes])).toBeNull();
});

/** Titles from the seeds: pairs that name one paper, and pairs that do not. */
test.each([
  ['Integration with Health in Mid-Nottinghamshire', 'Integration with health in Mid-Nottinghamshire', true],
  ['Integration with Health in Mid-Nottinghamshire', 'Integration with Health in Mid-Nottinghamshire – progress update', true],
  ['The Mid-Nottinghamshire “Better Together” Alliance Agreement contract', 'The Mid-Nottinghamshire Better Together Alliance Agreement Contract', true],
  ['Better Care Fund Plan 2016-17', 'Better Care Fund Performance Update', false],
  ['Integration with Health in Mid-Nottinghamshire', 'Transformation Programme – Integration in South and North Nottinghamshire', false],
  ['Adult Social Care and Public Health alignment to the NHS Long Term Plan', 'The NHS Long Term Plan', false],
] as const)('%s ~ %s: %s', (a, b, same) => {
  expect(titleLikeness(a, b) >= SAME_TITLE).toBe(same);
});

test('a cited paper now held forwards its address to the document, where that address was published', () => {
  const cited = [
    { id: '2015-11-02-asch-integration', heldAs: '2015-11-02-asch-item-5' },
    { id: '2016-02-10-policy-committee-integrating', heldAs: '2016-02-10-policy-committee-item-5' },
    { id: '2019-03-04-ascph-the-nhs-long-term-plan' },
  ];
  const published = new Set(['/documents/2015-11-02-asch-integration/', '/documents/2019-03-04-ascph-the-nhs-long-term-plan/']);
  expect(heldRedirects(cited, published)).toEqual({ '/documents/2015-11-02-asch-integration/': '/documents/2015-11-02-asch-item-5/' });
});

test('a background paper with no date names nothing', () => {
  expect(matchHeldDocument(paper(null, 'Policy Committee', 'x'), [earlier])).toBeNull();
});

test('indexes held and cited-only documents by what cites them', () => {
  const index = citedByIndex([policy, earlier, other], [
    { id: '2015-11-02-asch-integration', title: 'Integration', date: '2015-11-02', body: null, citedBy: [{ document: policy.id, anchor: 'background-paper-1' }] },
  ]);
  expect(index.get(earlier.id)).toEqual([{ document: policy.id, anchor: 'background-paper-3' }]);
  expect(index.get('2015-11-02-asch-integration')).toEqual([{ document: policy.id, anchor: 'background-paper-1' }]);
  expect(index.has(other.id)).toBe(false);
});

test('a decision is cited by later records of it and by what cites its source, once each, never by its own source', () => {
  const decision = { id: 'd1', source: { document: earlier.id, anchor: 'recommendation-1' } };
  const decisions = [
    decision,
    { id: 'd2', reports: 'd1', source: { document: policy.id, anchor: 'p-34' } },
  ].map((d) => ({ reports: null, ...d }));
  const index = new Map([[earlier.id, [{ document: policy.id, anchor: 'background-paper-3' }, { document: earlier.id, anchor: 'x' }]]]);
  const later = laterRecordsIndex(decisions);
  expect(later.get('d1')?.map((d) => d.id)).toEqual(['d2']);
  expect(decisionCitedBy(decision, later.get('d1') ?? [], index)).toEqual([{ document: policy.id, anchor: 'p-34' }]);
});

test('what a document cites, by anchor: the citation index turned around, first target kept', () => {
  const index = new Map([
    ['a', [{ document: 'x', anchor: 'background-paper-1' }, { document: 'y', anchor: 'p-2' }]],
    ['b', [{ document: 'x', anchor: 'background-paper-1' }, { document: 'x', anchor: 'background-paper-2' }]],
  ]);
  const cites = citationsByDocument(index);
  expect([...(cites.get('x') ?? [])]).toEqual([['background-paper-1', 'a'], ['background-paper-2', 'b']]);
  expect([...(cites.get('y') ?? [])]).toEqual([['p-2', 'a']]);
});

test('a decision several papers record: the papers that record it are its sources, not what cites it', () => {
  const decision = {
    id: 'd1',
    source: { document: earlier.id, anchor: 'p-2' },
    sources: [
      { document: earlier.id, anchor: 'p-2', date: '2015-11', datePrecision: 'month' as const },
      { document: policy.id, anchor: 'p-34', date: '2015-11-02', datePrecision: 'day' as const },
      { document: policy.id, anchor: 'p-40', date: '2015-11', datePrecision: 'month' as const },
    ],
  };
  const index = new Map([[earlier.id, [{ document: other.id, anchor: 'background-paper-1' }, { document: policy.id, anchor: 'background-paper-3' }]]]);
  expect(decisionCitedBy(decision, [], index)).toEqual([{ document: other.id, anchor: 'background-paper-1' }]);
});
