/**
 * What one trimmed line of a seed is on its own: the start of a numbered paragraph or list item, a line of the
 * report's header block, a title in capitals, a heading, or just text.
 */
import { inlineToPlain } from './render-inline.ts';

/** The lines at the head of a council report, each printed bold on a line of its own. */
export type HeaderRole = 'report-to' | 'date' | 'agenda-item';

/** The label that starts a numbered paragraph or a list item, and how deep it sits. */
export interface LineLabel {
  /** As printed: "12.", "2.35.", "a)", "(1)", "iv.", or "•" for a bullet. */
  label: string;
  /** 0 numbered paragraphs and recommendations, 1 bullets and lettered items, 2 roman numerals. */
  depth: number;
  /** The rest of the line. */
  text: string;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DATE = new RegExp(`^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS}),?\\s+\\d{4}$`);
const NUMBERED = /^(\d{1,3}(?:\.\d{1,3})*\.)\s+(?=\S)/;
const PARENTHESISED = /^(\(?(?:\d{1,2}|[a-zA-Z]|[ivx]{2,4})\))\s+(?=\S)/;
const LETTERED = /^([a-z]\.|[ivx]{2,4}\.)\s+(?=\S)/;
const BULLET = /^[\u{F0B7}\u2022\u00B7\u25AA\u25CF]\s*(?=\S)/u;
const MARKDOWN_ITEM = /^-\s+(?=\S)/;

/** The report-header role of the line ("Report to …", the minutes' "minutes", a date, "Agenda Item: 4"), or null. */
export function headerRole(line: string): HeaderRole | null {
  const plain = inlineToPlain(line).trim();
  if (/^Report to\b/.test(plain) || plain === 'minutes') return 'report-to';
  if (DATE.test(plain)) return 'date';
  if (/^Agenda Item:?\s*\d+$/i.test(plain)) return 'agenda-item';
  return null;
}

/**
 * The line's label when it starts a numbered paragraph or list item, else null. A markdown "- " is dropped (the seeds'
 * converter put it before numbered paragraphs and bullets alike); `indent` (the line's leading spaces) nests an item.
 * `previous` is the label of the item before, to tell the letter i after h from the roman numeral i.
 */
export function lineLabel(line: string, indent: number, previous: string): LineLabel | null {
  let text = line;
  let markdown = false;
  const dash = MARKDOWN_ITEM.exec(text);
  if (dash) {
    text = text.slice(dash[0].length);
    markdown = true;
  }
  const nested = markdown && indent > 0 ? 1 : 0;
  const numbered = NUMBERED.exec(text);
  if (numbered?.[1]) return { label: numbered[1], depth: nested, text: text.slice(numbered[0].length) };
  const paren = PARENTHESISED.exec(text) ?? LETTERED.exec(text);
  if (paren?.[1]) {
    const label = paren[1];
    const core = label.replace(/[().]/g, '');
    const roman = /^[ivx]+$/.test(core) && (core.length > 1 || !/^h/.test(previous.replace(/^\(/, '')));
    const depth = /^\d+$/.test(core) ? nested : roman ? 2 : 1;
    return { label, depth, text: text.slice(paren[0].length) };
  }
  const bullet = BULLET.exec(text);
  if (bullet) return { label: '•', depth: indent > 1 ? 2 : 1, text: text.slice(bullet[0].length) };
  if (markdown) return { label: '•', depth: indent > 1 ? 2 : 1, text };
  return null;
}

/** True when the line's letters are (nearly) all capitals: a report's title, "RECOMMENDATION/S". */
export function isCapitals(line: string): boolean {
  const plain = inlineToPlain(line).trim();
  if (/^[A-Z]{2,}\d+/.test(plain)) return false;
  const letters = plain.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length >= 0.85;
}

/**
 * True when the line reads as a heading: short, starts with a capital, does not end a sentence or clause, and is no
 * contact line or reference code. `strict` also refuses a comma or a closing digit (a name and post, "… 3 November 2014").
 */
export function isHeadingLike(line: string, strict = true): boolean {
  const plain = inlineToPlain(line).trim();
  if (plain.length === 0 || plain.length > 140 || plain.split(/\s+/).length > 22) return false;
  if (!/^\p{Lu}/u.test(plain) || /[.,;:!?]["'”’)]*$/.test(plain)) return false;
  if (/@|https?:|www\./.test(plain) || /^[TEF]:/.test(plain) || /^[A-Z]{2,}\d+/.test(plain)) return false;
  return !strict || !(plain.includes(',') || /\d$/.test(plain));
}

/** True when the line starts in lower case: the rest of a sentence begun on the line before. */
export function startsLower(line: string): boolean {
  return /^\p{Ll}/u.test(inlineToPlain(line).trim());
}

/** True when the line ends a sentence (., ! or ?, perhaps before a closing quote or bracket). */
export function endsSentence(line: string): boolean {
  return /[.!?]["'”’‟)]*$/.test(inlineToPlain(line).trim());
}

/** True when the line ends a sentence or clause (also : and ;): a line after it starts something new. */
export function endsClause(line: string): boolean {
  return /[.!?:;]["'”’‟)]*$/.test(inlineToPlain(line).trim());
}
