import { expect, test } from 'vitest';
import { decisionClause, describeDecision } from './describe-decision.ts';

const ascph = 'Adult Social Care and Public Health Committee';

test('a recommendation that opens with a verb asks the committee to do it', () => {
  expect(describeDecision({ evidence: 'recommended', body: 'Policy Committee', text: 'notes the update on the development of integrated arrangements in Mid-Nottinghamshire' })).toBe(
    'A report asked the Policy Committee to note the update on the development of integrated arrangements in Mid-Nottinghamshire.',
  );
});

test('a recommendation whose subject is the committee asks the committee too', () => {
  expect(describeDecision({ evidence: 'recommended', body: ascph, text: 'That the committee considers whether any amendments are required to the work programme.' })).toBe(
    `A report asked the ${ascph} to consider whether any amendments are required to the work programme.`,
  );
});

test('a recommendation with a subject of its own is reported as such', () => {
  expect(describeDecision({ evidence: 'recommended', body: 'Adult Social Care and Health Committee', text: 'the guiding principles (as set out in paragraph 34) are agreed as a basis for making any future decisions.' })).toBe(
    'A report recommended that the guiding principles (as set out in paragraph 34) are agreed as a basis for making any future decisions.',
  );
});

test('a resolution drops its lead-in line and its numbers, and joins its items', () => {
  const text = `The ${ascph}:\n\n1) Approves the use of the Contain Outbreak Management Fund.\n2) Approves the establishment of two fixed-term posts.`;
  expect(describeDecision({ evidence: 'resolved', body: ascph, text })).toBe(
    `The ${ascph} resolved to approve the use of the Contain Outbreak Management Fund; approves the establishment of two fixed-term posts.`,
  );
});

test('a resolution "That Committee approves …", and one that opens otherwise', () => {
  expect(describeDecision({ evidence: 'resolved', body: ascph, text: 'That Committee approves the establishment of the following posts:' })).toBe(
    `The ${ascph} resolved to approve the establishment of the following posts.`,
  );
  expect(describeDecision({ evidence: 'resolved', body: ascph, text: '1) Having considered the Programme, recommends a report.' })).toBe(
    `The ${ascph} resolved: having considered the Programme, recommends a report.`,
  );
});

test('a resolution "That …" with a subject of its own', () => {
  expect(describeDecision({ evidence: 'resolved', body: ascph, text: '• That there were no further actions arising as a result of this report.' })).toBe(
    `The ${ascph} resolved that there were no further actions arising as a result of this report.`,
  );
});

test('a recorded decision or a milestone is the report’s own sentence', () => {
  expect(describeDecision({ evidence: 'milestone', body: null, text: '• The Self-Care Hub based at Ashfield Health and Wellbeing Village commenced in July 2015.' })).toBe(
    'The Self-Care Hub based at Ashfield Health and Wellbeing Village commenced in July 2015.',
  );
  expect(describeDecision({ evidence: 'recorded', body: 'Policy Committee', text: 'the update to the STP was published in July 2017' })).toBe('The update to the STP was published in July 2017.');
});

test('the description is plain text: no Markdown, no HTML', () => {
  const text = 'approves the **Better Care Fund** plan for <abbr title="Local Area Coordination">LAC</abbr>, see [paragraph 4](/documents/x/#p-4) \\*';
  expect(describeDecision({ evidence: 'recommended', body: 'Policy Committee', text })).toBe(
    'A report asked the Policy Committee to approve the Better Care Fund plan for LAC, see paragraph 4 *.',
  );
});

test('a long decision is cut on a word boundary, within the limit', () => {
  const text = `That the updated work programme be agreed, ${'subject to the inclusion of further items on the Digital COVID-19 Response theme, '.repeat(4)}`;
  const description = describeDecision({ evidence: 'resolved', body: ascph, text }, 160);
  expect(description.length).toBeLessThanOrEqual(160);
  expect(description).toMatch(/ [A-Za-z0-9-]+…$/);
  expect(description).not.toMatch(/[<>*]/);
});

test('decisionClause keeps a line that ends in a colon with what follows it', () => {
  expect(decisionClause('That the work programme be agreed, subject to the following items:\n\n• Fund update\n• Digital strategy')).toBe(
    'the work programme be agreed, subject to the following items: Fund update; digital strategy',
  );
});

test('a table the decision introduces reads as its rows: the post of 8 February 2021 item 8', () => {
  const table = {
    header: ['Post Title', 'FTE', 'Grade/ Band', 'End date', 'Cost per annum', 'Funding Source'],
    rows: [['Public Health Support Officer', '0.8', 'B', '12 months from recruitment', '£38,143', 'BCF reserves']],
  };
  const text = 'gives approval for the establishment of the following temporary Public Health post:\n\nPost Title | FTE | Grade/ Band | End date | Cost per annum | Funding Source\nPublic Health Support Officer | 0.8 | B | 12 months from recruitment | £38,143 | BCF reserves';
  expect(describeDecision({ evidence: 'recommended', body: 'Adult Social Care and Public Health Committee', text, table }, 400)).toBe(
    'A report asked the Adult Social Care and Public Health Committee to give approval for the establishment of the following temporary Public Health post: Public Health Support Officer (FTE 0.8, Grade/ Band B, End date 12 months from recruitment, Cost per annum £38,143, Funding Source BCF reserves).',
  );
});
