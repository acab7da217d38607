import { expect, test } from 'vitest';
import { formatPartialDate, yearOf } from './dates.ts';

test('formats a day, a month and a year to their precision', () => {
  expect(formatPartialDate('2021-01-11', 'day')).toBe('11 January 2021');
  expect(formatPartialDate('2017-08', 'month')).toBe('August 2017');
  expect(formatPartialDate('2016', 'year')).toBe('2016');
});

test('never prints more than the precision, even when the date is fuller', () => {
  expect(formatPartialDate('2017-08-01', 'month')).toBe('August 2017');
  expect(formatPartialDate('2016-04-20', 'year')).toBe('2016');
});

test('throws on a month that does not exist', () => {
  expect(() => formatPartialDate('2016-13', 'month')).toThrowErrorMatchingInlineSnapshot(`[Error: Not a month in "2016-13"]`);
});

test('reads the year', () => {
  expect(yearOf('2015-06-29')).toBe(2015);
});
