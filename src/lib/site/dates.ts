const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Parse a YYYY-MM-DD date as a UTC day, refusing anything else (including days that do not exist). */
function parseIsoDate(date: string): Date {
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T00:00:00Z`) : new Date(Number.NaN);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    throw new Error(`Not a YYYY-MM-DD date: "${date}"`);
  }
  return parsed;
}

/** A YYYY-MM-DD date as the council prints it: "2016-04-20" → "20 April 2016". */
export function formatDate(date: string): string {
  return LONG_DATE.format(parseIsoDate(date));
}

/** The year of a YYYY-MM-DD date: "2016-04-20" → "2016". */
export function yearOf(date: string): string {
  return String(parseIsoDate(date).getUTCFullYear());
}
