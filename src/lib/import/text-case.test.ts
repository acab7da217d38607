import { expect, test } from 'vitest';
import { learnCase, sentenceCase, titleCase } from './text-case.ts';

const running = [
  'This report proposes to introduce Local Area Coordination (LAC) to help people in Nottinghamshire.',
  'The work of the Better Care Fund and of the Adult Social Care and Public Health Committee is set out below, and LAC will grow.',
  'Local support in Nottinghamshire will be reviewed by the Better Care Fund board.',
  'DEVELOPING LOCAL AREA COORDINATION (LAC) SUPPORT IN NOTTINGHAMSHIRE',
].join('\n');
const guide = learnCase(running);

test('a title in capitals goes to sentence case, keeping names and abbreviations as the text prints them', () => {
  expect(sentenceCase('DEVELOPING LOCAL AREA COORDINATION (LAC) SUPPORT IN NOTTINGHAMSHIRE', guide)).toBe('Developing Local Area Coordination (LAC) support in Nottinghamshire');
  expect(sentenceCase('BETTER CARE FUND DEMENTIA PROJECT', guide)).toBe('Better Care Fund dementia project');
});

test('a title already in mixed case is left as printed', () => {
  expect(sentenceCase('Integrating care', guide)).toBe('Integrating care');
});

test('job titles and committees go to title case, with small words in lower case', () => {
  expect(titleCase('CORPORATE DIRECTOR, ADULT SOCIAL CARE AND HEALTH', guide)).toBe('Corporate Director, Adult Social Care and Health');
  expect(titleCase('ADULT SOCIAL CARE AND PUBLIC HEALTH COMMITTEE', guide)).toBe('Adult Social Care and Public Health Committee');
});

test('headings in capitals and title-case lines are not taken as evidence', () => {
  const shouting = learnCase('INTEGRATION IN SOUTH NOTTINGHAMSHIRE\nAgenda Item Four Development Of Integrated Care Systems\nthe integration of care.');
  expect(sentenceCase('INTEGRATION OF CARE SYSTEMS', shouting)).toBe('Integration of care systems');
});

test('a word capitalised only inside a name is not taken for a name on its own', () => {
  const plan = learnCase('The work follows the NHS Long Term Plan and the Long Term Plan again, funded in the short-term.');
  expect(sentenceCase('FUNDED IN THE SHORT-TERM BY THE NHS', plan)).toBe('Funded in the short-term by the NHS');
  expect(sentenceCase('THE LONG TERM PLAN', plan)).toBe('The Long Term Plan');
});
