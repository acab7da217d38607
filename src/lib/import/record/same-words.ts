import { BODY_SOURCE } from './bodies.ts';
import { findDates } from './dates.ts';

/**
 * Whether two papers' sentences say the same thing: the test for merging retellings of one decision or event.
 * Dates and the body's name are compared apart (a retelling may date it more exactly, or spell the committee out),
 * so they are taken out of the words first.
 */

const STOP = new Set(
  'a an the and or of to in on for at by with from that this these those which who be been being is are was were will would shall has have had it its their also as into then so such previously formally'.split(' '),
);
const NEGATION = new Set(['not', 'no', 'never', 'nor', 'without']);
/** Numbers the council writes in words ("Two Transformation Manager posts … for two years"). */
const NUMBER_WORDS = new Set('one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million half quarter first second third fourth fifth'.split(' '));
const BODY = new RegExp(BODY_SOURCE, 'g');
/** Bigram likeness at or above which two sentences are near enough to be one statement (see same-words.test.ts). */
export const NEAR_ENOUGH = 0.75;

/** The sentence with case, quotes, dashes, bullets and spacing made uniform. */
export function normaliseWords(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[–—‐‑]/g, '-')
    .replace(/^[\s•\-*]+/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;:,]+$/, '')
    .toLowerCase();
}

/** The words that carry the meaning, in order: no dates, no body name, no articles or auxiliaries. */
export function meaningWords(text: string): string[] {
  const dateless = findDates(text, '9999-12-31').reduce((t, d) => t.replace(d.text, ' '), text);
  const bare = normaliseWords(dateless.replace(BODY, ' ')).replace(/'s\b/g, '');
  return (bare.match(/[a-z0-9£%]+(?:[.,/][0-9]+)*/g) ?? []).filter((w) => !STOP.has(w));
}

function bigrams(words: readonly string[]): string[] {
  return words.length < 2 ? [...words] : words.slice(1).map((w, i) => `${words[i]} ${w}`);
}

/** Dice likeness of two lists of word pairs (each pair counted as often as it occurs). */
function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const x of a) counts.set(x, (counts.get(x) ?? 0) + 1);
  let shared = 0;
  for (const y of b) {
    const n = counts.get(y) ?? 0;
    if (n > 0) {
      shared += 1;
      counts.set(y, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

const numbersIn = (words: readonly string[]) => words.filter((w) => /\d/.test(w) || NUMBER_WORDS.has(w)).sort().join(' ');
const negated = (words: readonly string[]) => words.some((w) => NEGATION.has(w));

/** How alike two sentences' meaning words are, 0 to 1, by word pairs (so order counts). */
export function likeness(a: string, b: string): number {
  return dice(bigrams(meaningWords(a)), bigrams(meaningWords(b)));
}

/** A sentence made ready for comparing: its uniform words, and its meaning words. */
export interface Statement {
  normal: string;
  words: string[];
}

export function statementOf(text: string): Statement {
  return { normal: normaliseWords(text), words: meaningWords(text) };
}

/**
 * Two sentences agree when they are the same words once case, quotes and spacing are made uniform; or when their
 * meaning words are near enough (NEAR_ENOUGH), with the same numbers and both negated or neither. Anything less is
 * two statements: when unsure, keep them apart.
 */
export function statementsAgree(a: Statement, b: Statement): boolean {
  if (a.normal === b.normal) return true;
  if (numbersIn(a.words) !== numbersIn(b.words) || negated(a.words) !== negated(b.words)) return false;
  return dice(bigrams(a.words), bigrams(b.words)) >= NEAR_ENOUGH;
}

export function wordsAgree(a: string, b: string): boolean {
  return statementsAgree(statementOf(a), statementOf(b));
}
