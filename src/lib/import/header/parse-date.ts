const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(january|february|march|april|may|june|july|august|september|october|november|december),?\s+(\d{4})\b/i;
const WEEKDAY = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?`;
const TIME = String.raw`(?:\s+at\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)?`;
const DATE_ONLY = new RegExp(String.raw`^${WEEKDAY}${DAY_MONTH_YEAR.source}${TIME}$`, 'i');

/** The first "20 April 2016" / "13th November 2017" / "08 February 2021" in a text, as YYYY-MM-DD; null if none, or if that day does not exist. */
export function parseDate(text: string): string | null {
  const match = DAY_MONTH_YEAR.exec(text);
  if (!match) return null;
  const [, day = '', month = '', year = ''] = match;
  const iso = `${year}-${String(MONTHS.indexOf(month.toLowerCase()) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso) ? iso : null;
}

/** Whether a (cleaned) line is a date and nothing else, as a header prints it: "20 April 2016", "Monday, 08 February 2021 at 10:30". */
export function isDateOnly(text: string): boolean {
  return DATE_ONLY.test(text.trim());
}

/** Whether a string is a real YYYY-MM-DD day, as `--date` takes it. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(text);
}
