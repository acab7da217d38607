const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
/** "13", "13th", "13<sup>th</sup>" (the tag as the PDF export prints it). */
const DAY = String.raw`(\d{1,2})(?:\s?(?:<sup>)?(?:st|nd|rd|th)(?:<\/sup>)?)?`;
const DAY_MONTH_YEAR = new RegExp(String.raw`\b${DAY}\s+${MONTH},?\s+(\d{4})\b`, 'i');
const WEEKDAY = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?`;
/** A time after a date: "at 10:30", "at 2 pm", "- 10:30", ", 10.30 am", " 10.30 am". */
const TIME = String.raw`(?:\s+at\s+\d{1,2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\b\.?)?|\s*[,–-]?\s*\d{1,2}(?:[:.]\d{2}(?:\s*[ap]\.?m\b\.?)?|\s*[ap]\.?m\b\.?))?`;
const DATED = new RegExp(String.raw`\b${WEEKDAY}${DAY_MONTH_YEAR.source}${TIME}`, 'i');
const DATE_ONLY = new RegExp(String.raw`^${WEEKDAY}${DAY_MONTH_YEAR.source}${TIME}$`, 'i');

/** A day, month and year as YYYY-MM-DD, or null when that day does not exist. */
function isoOf(day: string, month: string, year: string): string | null {
  const iso = `${year}-${String(MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * The first date in a text as YYYY-MM-DD, in the forms councils print: "20 April 2016", "13th November 2017",
 * "13<sup>th</sup> November 2017", "08 February 2021", "25 Mar 2021", "8th February, 2021"; null if none, or if that day does not exist.
 */
export function parseDate(text: string): string | null {
  const match = DAY_MONTH_YEAR.exec(text);
  if (!match) return null;
  const [, day = '', month = '', year = ''] = match;
  return isoOf(day, month, year);
}

/** Where the first date in a text stands, with its weekday before it and its time after it: "Monday, 8th February, 2021 10.30 am". */
export function findDate(text: string): { date: string; start: number; end: number } | null {
  const match = DATED.exec(text);
  if (!match) return null;
  const [, day = '', month = '', year = ''] = match;
  const date = isoOf(day, month, year);
  return date === null ? null : { date, start: match.index, end: match.index + match[0].length };
}

/** Whether a (cleaned) line is a date and nothing else, as a header prints it: "20 April 2016", "Monday, 08 February 2021 at 10:30", "25 Mar 2021 - 10:30". */
export function isDateOnly(text: string): boolean {
  return DATE_ONLY.test(text.trim());
}

/** Whether a string is a real YYYY-MM-DD day, as `--date` takes it. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(text);
}
