import { describe, expect, test } from 'vitest';
import { DEFAULT_YEAR_PAGES_ABOVE, splitByYear, yearCounts, yearHref, yearPagePath, yearPagesAbove, yearsWithPages, YEAR_PAGES_ABOVE } from './year-pages.ts';

describe('year pages', () => {
  test('a list is split only when it is longer than the limit', () => {
    expect(splitByYear(YEAR_PAGES_ABOVE)).toBe(false);
    expect(splitByYear(YEAR_PAGES_ABOVE + 1)).toBe(true);
    expect(splitByYear(65)).toBe(false);
  });

  test('the limit comes from YEAR_PAGES_ABOVE when it is a whole number, and is 1,500 by default', () => {
    expect(yearPagesAbove(undefined)).toBe(DEFAULT_YEAR_PAGES_ABOVE);
    expect(yearPagesAbove('')).toBe(1500);
    expect(yearPagesAbove('10')).toBe(10);
    expect(yearPagesAbove('0')).toBe(0);
    expect(() => yearPagesAbove('ten')).toThrow('YEAR_PAGES_ABOVE=ten: give a whole number of entries (e.g. 10), or leave it unset for 1500');
    expect(() => yearPagesAbove('-1')).toThrow(/whole number/);
    expect(() => yearPagesAbove('2.5')).toThrow(/whole number/);
  });

  test('a year of a view has its own address under the view; a link to it goes there, or to its section', () => {
    expect(yearPagePath('/timeline/', 2017)).toBe('/timeline/2017/');
    expect(yearPagePath('/timeline/area/bassetlaw/', 2016)).toBe('/timeline/area/bassetlaw/2016/');
    expect(yearHref('/timeline/', 2017, true)).toBe('/timeline/2017/');
    expect(yearHref('/timeline/', 2017, false)).toBe('/timeline/#year-2017');
    expect(yearHref('/areas/bassetlaw/', 2019, false)).toBe('/areas/bassetlaw/#year-2019');
  });

  test('the years with pages: every year of a split list, in order, and none of a short one', () => {
    const dates = ['2018-03', '2016-01-04', '2018-11-02', '2016', '2021-01-11'];
    expect(yearsWithPages(dates, 4)).toEqual([2016, 2018, 2021]);
    expect(yearsWithPages(dates, 5)).toEqual([]);
    expect(yearsWithPages(dates)).toEqual([]);
  });

  test('years with their counts, oldest first', () => {
    expect(yearCounts(['2018-03', '2016-01-04', '2018-11-02', '2016'])).toEqual([
      { year: 2016, count: 2 },
      { year: 2018, count: 2 },
    ]);
    expect(yearCounts([])).toEqual([]);
  });
});
