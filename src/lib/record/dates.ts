import type { DatePrecision } from '../model/decision.ts';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** Format a YYYY[-MM[-DD]] date to its precision, in UK style: "11 January 2021", "August 2017", "2016". */
export function formatPartialDate(date: string, precision: DatePrecision): string {
  const [year, month, day] = date.split('-');
  if (precision === 'year' || month === undefined) return year ?? date;
  const monthName = MONTHS[Number(month) - 1];
  if (monthName === undefined) throw new Error(`Not a month in "${date}"`);
  if (precision === 'month' || day === undefined) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** The year of a YYYY[-MM[-DD]] date, as a number. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** A machine-readable value for <time datetime>: valid for YYYY, YYYY-MM and YYYY-MM-DD alike. */
export function datetimeAttribute(date: string): string {
  return date;
}
