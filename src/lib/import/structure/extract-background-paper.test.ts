import { expect, test } from 'vitest';
import { introducesPapers, paperDate, readBackgroundPaper } from './extract-background-paper.ts';

test('a report to a committee on a date', () => {
  expect(readBackgroundPaper('Integration with Health in Mid-Nottinghamshire – report to the Adult Social Care & Health Committee on 2nd November 2015.', 0)).toMatchObject({
    anchor: 'background-paper-1',
    title: 'Integration with Health in Mid-Nottinghamshire',
    body: 'Adult Social Care and Health Committee',
    date: '2015-11-02',
  });
});

test('an agenda item of a board’s meeting, dated in figures, with the title run into the board’s name', () => {
  const text = 'Item 8 Review of the Better Care Fund Programme and Use of BCF Reserve for Short-Term Transformation Projects Health and Wellbeing Board meeting 24.07.2020 Minutes of HWB meeting 24.07.2020';
  expect(readBackgroundPaper(text, 1)).toMatchObject({
    anchor: 'background-paper-2',
    title: 'Review of the Better Care Fund Programme and Use of BCF Reserve for Short-Term Transformation Projects',
    body: 'Health and Wellbeing Board',
    date: '2020-07-24',
  });
});

test('a paper with only a date', () => {
  expect(readBackgroundPaper('Discussion paper for the Members workshop on 1st June 2015', 0)).toMatchObject({ body: null, date: '2015-06-01' });
});

test('dates written out or in figures; impossible days are not dates', () => {
  expect(paperDate('24/07/2020')).toBe('2020-07-24');
  expect(paperDate('31.02.2020')).toBeNull();
});

test('a line ending with a colon introduces papers, it is not one', () => {
  expect(introducesPapers('Record of BCF reserves funded projects approval:')).toBe(true);
  expect(introducesPapers('Better Care Fund Plan 2016-17 – report to Health and Wellbeing Board on 6 April 2016.')).toBe(false);
});
