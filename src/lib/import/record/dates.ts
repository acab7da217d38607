import type { DatePrecision } from '../../model/decision.ts';

/** A date the council's text gives, to the precision it gives it. */
export interface DateMention {
  /** The words as written: "2 November 2015", "August 2017", "2013". */
  text: string;
  /** Where the words start in the sentence. */
  index: number;
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
  precision: DatePrecision;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH = `(${MONTHS.join('|')})`;
const WEEKDAY = '(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?';
const DAY_DATE = new RegExp(`\\b${WEEKDAY}(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?:<sup>(?:st|nd|rd|th)</sup>)?\\s+${MONTH}(?:,?\\s+(\\d{4}))?\\b`, 'g');
const MONTH_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, 'g');
/** A month without a year only after a word that makes it a date: "in May", "At the beginning of September". */
const MONTH_ALONE = new RegExp(`\\b(?:in|since|from|by|during|until|of|early|late)\\s+${MONTH}\\b(?!\\s+\\d)`, 'g');
/** A year alone only as "in 2013" / "during 2015", never a range such as "2016/17" or "2021-2024". */
const YEAR_ALONE = /\b(?:in|during)\s+((?:19|20)\d{2})\b(?![/–-]\d)/g;

const pad = (n: number) => String(n).padStart(2, '0');
const monthNumber = (name: string) => MONTHS.indexOf(name) + 1;

/** The year of a month (and day) the text gives without one: the latest such date not after the meeting. */
function inferYear(month: number, day: number | null, meeting: string): number {
  const [y, m, d] = meeting.split('-').map(Number) as [number, number, number];
  const after = month > m || (month === m && day !== null && day > d);
  return after ? y - 1 : y;
}

/**
 * Every date in a sentence, in order, each to the precision the text gives. A month or day without a year takes the
 * year of a later date in the same sentence ("in October and published on 24 November 2016"), else the latest such
 * date not after the meeting the document was tabled at. A day is never invented.
 */
export function findDates(sentence: string, meetingDate: string): DateMention[] {
  interface Found { text: string; index: number; end: number; year: number | null; month: number | null; day: number | null }
  const found: Found[] = [];
  const taken = (start: number, end: number) => found.some((f) => start < f.end && end > f.index);
  const add = (index: number, text: string, year: number | null, month: number | null, day: number | null) => {
    if (!taken(index, index + text.length)) found.push({ text, index, end: index + text.length, year, month, day });
  };
  for (const m of sentence.matchAll(DAY_DATE)) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    add(m.index, m[0], m[3] ? Number(m[3]) : null, monthNumber(m[2]!), day);
  }
  for (const m of sentence.matchAll(MONTH_YEAR)) add(m.index, m[0], Number(m[2]), monthNumber(m[1]!), null);
  for (const m of sentence.matchAll(MONTH_ALONE)) {
    const at = m.index + m[0].lastIndexOf(m[1]!);
    add(at, m[1]!, null, monthNumber(m[1]!), null);
  }
  for (const m of sentence.matchAll(YEAR_ALONE)) add(m.index + m[0].lastIndexOf(m[1]!), m[1]!, Number(m[1]), null, null);
  found.sort((a, b) => a.index - b.index);
  return found.map((f, i) => {
    const { month, day } = f;
    const precision: DatePrecision = day !== null ? 'day' : month !== null ? 'month' : 'year';
    const laterYear = found.slice(i + 1).find((g) => g.year !== null)?.year ?? null;
    const year = f.year ?? laterYear ?? inferYear(month!, day, meetingDate);
    const date = month === null ? String(year) : day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
    return { text: f.text, index: f.index, date, precision };
  });
}
