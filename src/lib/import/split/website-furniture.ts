import { cleanHeaderText } from '../clean/clean-header-text.ts';
import { findDate } from '../header/parse-date.ts';
import type { SourceLine } from '../types.ts';

/** At most this many lines of a website stand above a paper it serves. */
const MAX_LINES = 8;
const URL = /^(?:https?:\/\/|www\.)\S+$|^[\p{L}\d-]+(?:\.[\p{L}\d-]+)+\/\S*$/iu;
/** A label and one value: "Total Page:16", "File Type:pdf", "Downloaded: 12/03/2022". */
const LABELLED = /^\p{L}[\p{L} ]{0,24}:\s*[\p{L}\d./:-]+$/u;
/** A day and time as a machine stamps it: "12/03/2022", "2022-03-12 14:05", "Page 1 of 16". */
const STAMP = /^(?:\p{L}[\p{L} ]{0,24}:?\s+)?(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]m)?)?|page \d+ of \d+)$/iu;
/** A site's name: a few words, each capitalised (or a joining word), or a domain. */
const TITLE_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|and|of|the|for|&|[-–|:])$/u;

/** A date with a few words round it, and no more: "Downloaded 12 March 2022", "Retrieved on 12 Mar 2022 14:05". */
function isDateStamp(text: string): boolean {
  const found = findDate(text);
  if (!found) return false;
  const rest = `${text.slice(0, found.start)} ${text.slice(found.end)}`.trim();
  return rest.split(/\s+/).filter(Boolean).length <= 3 && !/[.;!?]$/.test(rest);
}

/** A line only a website or a download puts there: an address, a labelled value, a date or page stamp. */
function isStamp(text: string): boolean {
  return URL.test(text) || LABELLED.test(text) || STAMP.test(text) || isDateStamp(text);
}

/** A site's title: at most six words, each capitalised or a joining word, and no sentence. */
function isSiteTitle(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length <= 6 && words.every((w) => TITLE_WORD.test(w)) && !/[.;!?,]$/.test(text);
}

/**
 * Whether the lines above a paper's first header are a website's, not the paper's: a few short lines, each an address,
 * a labelled value ("Total Page:16"), a date stamp or a site's title, and at least one of them more than a title, so
 * that a paper's own line above its header ("Draft - not for publication") is never taken for one.
 */
export function isWebsiteFurniture(lines: readonly SourceLine[]): boolean {
  const texts = lines.map((l) => cleanHeaderText(l.text)).filter((t) => t !== '');
  if (texts.length === 0 || texts.length > MAX_LINES) return false;
  return texts.every((t) => isStamp(t) || isSiteTitle(t)) && texts.some(isStamp);
}
