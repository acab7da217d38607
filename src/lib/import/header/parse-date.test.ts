import { expect, test } from 'vitest';
import { findDate, isDateOnly, parseDate } from './parse-date.ts';
import { matchHeaderLine } from './match-header-line.ts';

test.each([
  ['20 April 2016', '2016-04-20'],
  ['Wednesday, 02 September 2015', '2015-09-02'],
  ['Thursday, 27th March 2014', '2014-03-27'],
  ['13<sup>th</sup> November 2017', '2017-11-13'],
  ['13th November 2017', '2017-11-13'],
  ['25 Mar 2021 - 10:30', '2021-03-25'],
  ['1 Sept 2019', '2019-09-01'],
  ['10 December 2014 at 10:30', '2014-12-10'],
  ['Monday 8 February 2021, 10.30 am', '2021-02-08'],
  ['Monday, 8th February, 2021 10.30 am', '2021-02-08'],
  ['held on 7 December 2020 were confirmed', '2020-12-07'],
])('%s is %s', (text, iso) => {
  expect(parseDate(text)).toBe(iso);
});

test('no date, or a day that does not exist', () => {
  expect(parseDate('Agenda Item: 7')).toBeNull();
  expect(parseDate('31 February 2021')).toBeNull();
  expect(parseDate('2021-2024')).toBeNull();
});

test.each([
  'Wednesday, 02 September 2015',
  'Thursday, 27th March 2014',
  '13th November 2017',
  '25 Mar 2021 - 10:30',
  '10 December 2014 at 10:30',
  'Monday 8 February 2021, 10.30 am',
  'Monday, 8th February, 2021 10.30 am',
  'Monday, 08 February 2021 at 10:30',
  'Thursday, 27th March 2014 at 10.30 am',
  '13 March 2019 at 2 pm',
])('"%s" is a date line', (text) => {
  expect(isDateOnly(text)).toBe(true);
});

test.each(['Policy Committee Wednesday, 10 December 2014 at 10:30', '20 April 2016 County Hall', 'Date 11 January 2021', '8 February 2021 12'])('"%s" is more than a date', (text) => {
  expect(isDateOnly(text)).toBe(false);
});

test('a header line with its date in <sup> reads as the cleaner leaves it', () => {
  expect(matchHeaderLine('**13<sup>th</sup> November 2017**')).toEqual({ type: 'date', date: '2017-11-13' });
});

test('where a date stands in a line, with its weekday and time', () => {
  const text = 'Policy Committee Wednesday, 10 December 2014 at 10:30 County Hall';
  const found = findDate(text);
  expect(found?.date).toBe('2014-12-10');
  expect(text.slice(found?.start, found?.end)).toBe('Wednesday, 10 December 2014 at 10:30');
  const dashed = '25 Mar 2021 - 10:30 Virtual meeting';
  expect(dashed.slice(findDate(dashed)?.start, findDate(dashed)?.end)).toBe('25 Mar 2021 - 10:30');
});
