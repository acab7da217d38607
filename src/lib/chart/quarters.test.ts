import { expect, test } from 'vitest';
import { quarterLabel, quarterOf, quarterYear, spanOfDates } from './quarters.ts';

test('a date falls in its quarter; a year alone in the first', () => {
  expect(quarterOf('2016-04-20')).toBe(2016 * 4 + 1);
  expect(quarterOf('2015-12')).toBe(2015 * 4 + 3);
  expect(quarterOf('2013')).toBe(2013 * 4);
  expect(() => quarterOf('2016-13')).toThrowErrorMatchingInlineSnapshot(`[Error: Not a month in "2016-13"]`);
});

test('a quarter reads in words', () => {
  expect(quarterLabel(quarterOf('2016-05-26'))).toBe('April to June 2016');
  expect(quarterLabel(quarterOf('2021-01-11'))).toBe('January to March 2021');
  expect(quarterYear(quarterOf('2017-11-13'))).toBe(2017);
});

test('the span runs over whole years of the dates given', () => {
  expect(spanOfDates(['2015-06-29', '2013', '2022-04'])).toEqual({ first: 2013 * 4, last: 2022 * 4 + 3 });
  expect(() => spanOfDates([])).toThrowErrorMatchingInlineSnapshot(`[Error: No dates to draw an axis from]`);
});
