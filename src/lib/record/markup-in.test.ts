import { expect, test } from 'vitest';
import { loadDecisions } from './load-data.ts';
import { decisionToApi } from './decision-api.ts';
import { markupIn } from './markup-in.ts';
import { tablePlainText } from '../model/decision-table.ts';

test.each([
  ['gives permission for the engagement of the eight themes described in **paragraph 19** of this report.', 'Markdown bold (**)'],
  ['see [the plan](https://example.org/plan)', 'a Markdown link ([…](…))'],
  ['| Post Title | FTE |', 'a Markdown table row (| … |)'],
  ['E: jane.obrien\\@nottscc.gov.uk', 'a Markdown escape (\\)'],
  ['the <abbr title="Better Care Fund">BCF</abbr> reserve', 'an HTML or MDX tag'],
  ['approves the <Para n="3" /> text', 'an HTML or MDX tag'],
  ['Health &amp; Wellbeing Board', 'an HTML entity'],
  ['the *Better Together* programme', 'Markdown emphasis (*…*)'],
])('%s → %s', (text, markup) => {
  expect(markupIn(text)).toBe(markup);
});

test.each([
  'The Adult Social Care and Public Health Committee:\n\n1) Approves the use of the Contain Outbreak Management Fund, for which the Council has been allocated £6,625,792.\n2) Approves the establishment of two posts.',
  'That the updated work programme be agreed, subject to the inclusion of the following items:\n\n• Contain Outbreak Management Fund update',
  'Adult Social Care & Health Committee agreed a 3* rating for 2 * 3 posts (Hay Band A/B) at 0.8 FTE',
  tablePlainText({ header: ['Post Title', 'FTE'], rows: [['Public Health Support Officer', '0.8']] }),
])('plain: %s', (text) => {
  expect(markupIn(text)).toBeNull();
});

test('every text of the open data is plain text: no Markdown, no HTML', () => {
  const site = new URL('https://example.org/');
  const problems = loadDecisions()
    .map((d) => decisionToApi(d, site, []))
    .flatMap((entry) => [entry.title, entry.text, ...(entry.table ? [...entry.table.header, ...entry.table.rows.flat()] : [])].map((text) => [entry.id, text, markupIn(text)] as const))
    .filter(([, , markup]) => markup !== null)
    .map(([id, text, markup]) => `${id}: ${markup} in ${JSON.stringify(text.slice(0, 80))}`);
  expect(problems).toEqual([]);
});

test('the post that 8 February 2021 item 8 recommends is in its decision: in the text and as a table', () => {
  const entry = loadDecisions().find((d) => d.id === '2021-02-08-adult-social-care-and-public-health-committee-item-8-recommendation-1');
  const api = decisionToApi(entry!, new URL('https://example.org/'), []);
  expect(api.title).toBe('Give approval for the establishment of the following temporary Public Health post');
  expect(api.text).toBe(
    'gives approval for the establishment of the following temporary Public Health post:\n\n' +
      'Post Title | FTE | Grade/ Band | End date | Cost per annum | Funding Source\n' +
      'Public Health Support Officer | 0.8 | B | 12 months from recruitment | £38,143 | BCF reserves',
  );
  expect(api.table).toEqual({
    header: ['Post Title', 'FTE', 'Grade/ Band', 'End date', 'Cost per annum', 'Funding Source'],
    rows: [['Public Health Support Officer', '0.8', 'B', '12 months from recruitment', '£38,143', 'BCF reserves']],
  });
});
