/**
 * Quarters of the year as whole numbers, for the timeline chart's time axis: year × 4 + 0 (January–March) … 3
 * (October–December). A date given to the year only ("2013") falls in its first quarter, as it sorts first in its year.
 */
import { yearOf } from '../record/dates.ts';

export type Quarter = number;

/** The span of the axis, first and last quarter inclusive. */
export interface QuarterSpan {
  first: Quarter;
  last: Quarter;
}

const QUARTER_MONTHS = ['January to March', 'April to June', 'July to September', 'October to December'] as const;

/** The quarter of a YYYY[-MM[-DD]] date. */
export function quarterOf(date: string): Quarter {
  const month = date.length >= 7 ? Number(date.slice(5, 7)) : 1;
  if (!(month >= 1 && month <= 12)) throw new Error(`Not a month in "${date}"`);
  return yearOf(date) * 4 + Math.floor((month - 1) / 3);
}

/** The year a quarter lies in. */
export function quarterYear(quarter: Quarter): number {
  return Math.floor(quarter / 4);
}

/** A quarter in words: "April to June 2016". */
export function quarterLabel(quarter: Quarter): string {
  return `${QUARTER_MONTHS[quarter % 4]} ${quarterYear(quarter)}`;
}

/** Whole years around the dates: from the first year's first quarter to the last year's last. Throws for no dates. */
export function spanOfDates(dates: Iterable<string>): QuarterSpan {
  let low = Infinity;
  let high = -Infinity;
  for (const date of dates) {
    const year = yearOf(date);
    if (year < low) low = year;
    if (year > high) high = year;
  }
  if (low === Infinity) throw new Error('No dates to draw an axis from');
  return { first: low * 4, last: high * 4 + 3 };
}
