import { expect, test } from 'vitest';
import { citationsByDocument, citedByIndex, decisionCitedBy, laterRecordsIndex, matchHeldDocument, type HeldDocument } from './cited-by.ts';

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
