import { expect, test } from 'vitest';
import { formatDate, yearOf } from './dates.ts';

test('formats a date as the council prints it', () => {
  expect(formatDate('2016-04-20')).toBe('20 April 2016');
  expect(formatDate('2021-02-08')).toBe('8 February 2021');
  expect(formatDate('2015-06-29')).toBe('29 June 2015');
});

test('gives the year of a date', () => {
  expect(yearOf('2017-11-13')).toBe('2017');
});

test('refuses what is not a real YYYY-MM-DD date', () => {
  expect(() => formatDate('2016-02-30')).toThrowErrorMatchingInlineSnapshot(`[Error: Not a YYYY-MM-DD date: "2016-02-30"]`);
  expect(() => formatDate('20 April 2016')).toThrowErrorMatchingInlineSnapshot(`[Error: Not a YYYY-MM-DD date: "20 April 2016"]`);
});
