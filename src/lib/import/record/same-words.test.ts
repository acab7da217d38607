import { describe, expect, test } from 'vitest';
import { likeness, meaningWords, normaliseWords, wordsAgree } from './same-words.ts';

// The seeds' own sentences (content/decisions.json), and retellings of them as later reports word them.
const MOU = 'On 2 November 2015, ASCH Committee agreed that Council would be a party to a Memorandum of Understanding (MOU) to work with other Mid-Nottinghamshire partners to develop a formal Commissioner Provider Alliance agreement, which would operate from April 2016.';
const POSTS = 'Two Transformation Manager posts were previously approved by ASCH Committee in November 2014 on temporary basis for two years.';
const PARTICIPATION = 'Nottinghamshire County Council’s participation with this Agreement was agreed by ASCH Committee on 7 March 2016.';
const REPRESENTATIVE = 'The ASCH Committee also agreed that the Corporate Director for Adult Social Care, Health and Public Protection (or his authorised senior officer delegate) be the Nottinghamshire County Council representative on the Alliance Leadership Board.';
const FULL_MEMBER = 'The ASCH Committee also agreed that the Council will be a Full Member of the Alliance as opposed to an Associate Member.';
const QUARTERLY = 'On 11 November 2015, Policy Committee resolved that a quarterly report would be provided to the Committee on the work of the Better Together Alliance’s ‘Leadership Development Board’.';
const WORKSHOP = 'A workshop was held on 18 March 2016 to bring together all the partners in Mid and South Nottinghamshire, to start discussions that will produce the Nottinghamshire STP.';
const SIMILAR_WORKSHOP = 'A similar workshop is being held on 19 April 2016 in Bassetlaw to ensure that partners, including the Council, are able to share their priorities and discuss key themes to feed into the South Yorkshire STP.';
const BCF = 'Approval was given by the Better Care Fund Board on 26 May 2016 to fund the integration posts as outlined.';

/** Pairs that are one statement: the same words, or the same words as another paper prints or phrases them. */
const MUST_MERGE: [string, string, string][] = [
  ['word for word', MOU, MOU],
  ['case, straight quotes, spacing and the full stop', QUARTERLY, QUARTERLY.replace(/[‘’]/g, "'").replace('Committee', 'committee').replace(/ /g, '  ').replace(/\.$/, '')],
  ['a bullet before it', POSTS, `• ${POSTS}`],
  ['the date written more exactly ("2nd", a weekday)', MOU, MOU.replace('On 2 November 2015', 'On Monday 2nd November 2015')],
  ['the date given to the month only', MOU, MOU.replace('On 2 November 2015', 'In November 2015')],
  ['the committee spelt out', MOU, MOU.replace('ASCH Committee', 'the Adult Social Care and Health Committee')],
  ['"the Council" for "Council"', MOU, MOU.replace('that Council', 'that the Council')],
  ['"also" left out', FULL_MEMBER, FULL_MEMBER.replace(' also', '')],
  ['"previously" left out, a day added', POSTS, POSTS.replace('were previously approved by ASCH Committee in November 2014', 'were approved by ASCH Committee on 3 November 2014')],
  ['the acronym left out', MOU, MOU.replace(' (MOU)', '')],
  ['a curly apostrophe straightened', PARTICIPATION, PARTICIPATION.replace('’', "'")],
];

/** Pairs that are two statements, however alike: when unsure, apart. */
const MUST_NOT_MERGE: [string, string, string][] = [
  ['7 March 2016: taking part in the Agreement, and the Council’s representative', PARTICIPATION, REPRESENTATIVE],
  ['7 March 2016: taking part in the Agreement, and full membership', PARTICIPATION, FULL_MEMBER],
  ['7 March 2016: the representative, and full membership', REPRESENTATIVE, FULL_MEMBER],
  ['two workshops', WORKSHOP, SIMILAR_WORKSHOP],
  ['two posts, or three', POSTS, POSTS.replace('Two Transformation Manager posts', 'Three Transformation Manager posts').replace('two years', 'three years')],
  ['for two years, or for one', POSTS, POSTS.replace('two years', 'one year')],
  ['full member, or not', FULL_MEMBER, FULL_MEMBER.replace('will be', 'will not be')],
  ['full member as opposed to associate, or the other way round', FULL_MEMBER, 'The ASCH Committee also agreed that the Council will be an Associate Member of the Alliance as opposed to a Full Member.'],
  ['a sum of money, and another', BCF, BCF.replace('to fund the integration posts as outlined', 'to fund the integration posts at £45,000')],
  ['two decisions of the Better Care Fund Board', BCF, 'Approval was given by the Better Care Fund Board on 26 May 2016 to extend the Self-Care Hub for a further year.'],
];

describe('wordsAgree', () => {
  for (const [why, a, b] of MUST_MERGE) test(`one statement: ${why}`, () => expect(wordsAgree(a, b)).toBe(true));
  for (const [why, a, b] of MUST_NOT_MERGE) test(`two statements: ${why}`, () => expect(wordsAgree(a, b)).toBe(false));
  test('agreement is symmetric', () => {
    for (const [, a, b] of [...MUST_MERGE, ...MUST_NOT_MERGE]) expect(wordsAgree(b, a)).toBe(wordsAgree(a, b));
  });
});

test('the near-enough line sits in a clear gap between the two sets', () => {
  const near = MUST_MERGE.map(([, a, b]) => likeness(a, b));
  const apart = MUST_NOT_MERGE.filter(([why]) => !/or not|two posts|one$|sum/.test(why)).map(([, a, b]) => likeness(a, b));
  expect(Math.min(...near)).toBeGreaterThanOrEqual(0.8);
  expect(Math.max(...apart)).toBeLessThan(0.7);
});

test('meaning words leave out dates, the body and small words', () => {
  expect(meaningWords(PARTICIPATION)).toEqual(['nottinghamshire', 'county', 'council', 'participation', 'agreement', 'agreed']);
  expect(normaliseWords('  • “Connect”  started.')).toBe('"connect" started');
});
