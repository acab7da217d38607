/**
 * Long lists split by year. A timeline view, an area's thread or the list of documents with more than YEAR_PAGES_ABOVE
 * entries (a council's whole archive: at 2,000 reports /timeline/ was one 8 MB page) gets a page for each year, at
 * <view>/<year>/, and the view's own page lists the years. Shorter lists stay one page with a section per year, as
 * the archive is today.
 * Either way <view>#year-2017 lands on 2017: its section, or its line in the list of years.
 */
import { yearOf } from './dates.ts';

/** Entries a list may hold before it is split into a page per year (about 1 MB of HTML at this length). */
export const DEFAULT_YEAR_PAGES_ABOVE = 1500;

/**
 * The limit from the environment's YEAR_PAGES_ABOVE, else the default. A lower limit lays a small archive out as a
 * council-sized one is laid out: `npm run build:year-pages` does, so that the tests read real year pages.
 */
export function yearPagesAbove(setting: string | undefined): number {
  if (setting === undefined || setting === '') return DEFAULT_YEAR_PAGES_ABOVE;
  const limit = Number(setting);
  if (!Number.isInteger(limit) || limit < 0) {
    throw new Error(`YEAR_PAGES_ABOVE=${setting}: give a whole number of entries (e.g. 10), or leave it unset for ${DEFAULT_YEAR_PAGES_ABOVE}`);
  }
  return limit;
}

/** Entries a list may hold in this build before it is split into a page per year. */
export const YEAR_PAGES_ABOVE = yearPagesAbove(process.env['YEAR_PAGES_ABOVE']);

/** Whether a list of `entryCount` entries gets a page per year. */
export function splitByYear(entryCount: number, above: number = YEAR_PAGES_ABOVE): boolean {
  return entryCount > above;
}

/** The address of one year of a view (`viewPath` ends in a slash): /timeline/2017/, /areas/bassetlaw/2017/. */
export function yearPagePath(viewPath: string, year: number): string {
  return `${viewPath}${year}/`;
}

/** Where a link to one year of a view goes: its own page when the view is split, else its section. */
export function yearHref(viewPath: string, year: number, split: boolean): string {
  return split ? yearPagePath(viewPath, year) : `${viewPath}#year-${year}`;
}

/** The years that get pages of their own, for a list of entries with these dates (none when it is not split). */
export function yearsWithPages(dates: readonly string[], above: number = YEAR_PAGES_ABOVE): number[] {
  return splitByYear(dates.length, above) ? [...new Set(dates.map(yearOf))].sort((a, b) => a - b) : [];
}

/** Each year of a list, oldest first, with how many entries it has. */
export function yearCounts(dates: readonly string[]): { year: number; count: number }[] {
  const counts = new Map<number, number>();
  for (const date of dates) counts.set(yearOf(date), (counts.get(yearOf(date)) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a - b).map(([year, count]) => ({ year, count }));
}
