/**
 * Restoring the case of headings the PDFs print in capitals, from how the same words are printed in running text.
 * Evidence is taken only from running text: pieces of lines with lower-case letters, not the first word of a sentence,
 * and not runs of capitals (a heading glued to a line of text).
 */
export interface CaseGuide {
  /** Capitalised names of two or more words, as printed mid-sentence: "Better Care Fund", "Adult Social Care and Public Health". */
  phrases: Map<string, string>;
  /** Single words and how they are printed mid-sentence most often: "nottinghamshire" → "Nottinghamshire", "lac" → "LAC". */
  words: Map<string, string>;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]*/gu;
const CONNECTORS = new Set(['and', 'of', 'for', 'the', '&']);
const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);
const MAX_PHRASE = 10;

const hasLower = (text: string) => /\p{Ll}/u.test(text);
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word) && hasLower(word);
const isCapitals = (word: string) => /\p{Lu}/u.test(word) && !hasLower(word);
const key = (words: readonly string[]) => words.map((w) => w.toLowerCase()).join(' ');

interface Token {
  word: string;
  sentenceStart: boolean;
  /** Whether only spaces stand between this word and the one before. */
  spaced: boolean;
}

/** A piece's words, each with what stands before it; one pass, so a long line costs no more than its length. */
function tokens(piece: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  let prevWord = '';
  // Whether the word before stands at the start of the piece or after a space ("(1" does not).
  let prevFree = false;
  for (const m of piece.matchAll(WORD)) {
    const gap = piece.slice(prevEnd, m.index);
    const mark = gap.trimEnd().slice(-1);
    const first = out.length === 0;
    const sentenceStart = first
      ? gap.trim() === '' || /[.!?:;•\-–—]/.test(mark)
      : mark !== ''
        ? /[.!?:;•\-–—]/.test(mark)
        : /^\d+$/.test(prevWord) && prevFree;
    out.push({ word: m[0], sentenceStart, spaced: /^\s+$/.test(gap) });
    prevFree = (first && gap === '') || /\s$/.test(gap);
    prevWord = m[0];
    prevEnd = m.index + m[0].length;
  }
  return out;
}

/** A line in Title Case (an agenda item, a heading) shows no one how the words run mid-sentence. */
function isTitleCased(list: readonly Token[]): boolean {
  const words = list.filter((t) => !CONNECTORS.has(t.word) && !SMALL_WORDS.has(t.word) && /\p{L}/u.test(t.word));
  return words.length >= 4 && words.filter((t) => /^\p{Lu}/u.test(t.word)).length / words.length > 0.6;
}

function mostFrequent(forms: Map<string, number>): string {
  return [...forms].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/**
 * A source's lines as running text for learnCase: a line that ends mid-sentence (long, no closing punctuation) runs
 * on into the next, so a name wrapped over two lines ("Sustainability and / Transformation Plan") is read whole,
 * whichever way the export wrapped it.
 */
export function unwrapForCase(lines: readonly string[]): string {
  return lines.reduce((text, line, i) => {
    const before = lines[i - 1]?.trimEnd() ?? '';
    const runsOn = before.length >= 50 && hasLower(before) && !/[.;:!?)"”’*]$/u.test(before) && line.trim() !== '' && !/\t/.test(line + before);
    return i === 0 ? line : `${text}${runsOn ? ' ' : '\n'}${line.trim() === '' ? '' : runsOn ? line.trim() : line}`;
  }, '');
}

/**
 * How often each two-word name ("social care", from "Adult Social Care") is printed in lower case in running text:
 * only the pairs that are names are counted, looked up without building a key for every pair of words.
 */
function countLowerPairs(running: readonly Token[][], phraseForms: ReadonlyMap<string, unknown>): Map<string, number> {
  const pairs = new Map<string, Set<string>>();
  for (const k of phraseForms.keys()) {
    const [first, second, more] = k.split(' ');
    if (first !== undefined && second !== undefined && more === undefined) pairs.set(first, (pairs.get(first) ?? new Set()).add(second));
  }
  const counts = new Map<string, number>();
  for (const list of running) {
    for (let i = 0; i + 1 < list.length; i++) {
      const [t, next] = [list[i], list[i + 1]];
      if (!t || !next?.spaced || !pairs.get(t.word)?.has(next.word)) continue;
      const k = `${t.word} ${next.word}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  return counts;
}

/** Learn how names and words are printed in a document's running text. */
export function learnCase(text: string): CaseGuide {
  const phraseForms = new Map<string, Map<string, number>>();
  const wordForms = new Map<string, Map<string, number>>();
  // The running pieces' words, kept to count afterwards the pairs that a two-word name is also printed as in lower case.
  const running: Token[][] = [];
  const add = (map: Map<string, Map<string, number>>, k: string, form: string) => {
    const forms = map.get(k) ?? new Map<string, number>();
    forms.set(form, (forms.get(form) ?? 0) + 1);
    map.set(k, forms);
  };
  for (const piece of text.split(/\n|\*{2,}/)) {
    if (!hasLower(piece)) continue;
    const list = tokens(piece);
    if (isTitleCased(list)) continue;
    running.push(list);
    // Runs of capitalised words, connectors allowed inside: candidate names. Their words are evidence for the name
    // ("Long Term Plan"), not for the word on its own ("short-term").
    const inNames = new Set<Token>();
    let run: Token[] = [];
    const flush = () => {
      while (run.length > 0 && CONNECTORS.has(run.at(-1)?.word.toLowerCase() ?? '')) run.pop();
      if (run[0]?.sentenceStart) run = run.slice(1);
      if (run.length >= 2) {
        // The name and every shorter name within it: "NHS Long Term Plan" is also "Long Term Plan".
        for (let a = 0; a < run.length; a++) {
          for (let b = a + 2; b <= run.length; b++) {
            const part = run.slice(a, b);
            if (CONNECTORS.has(part[0]?.word.toLowerCase() ?? '') || CONNECTORS.has(part.at(-1)?.word.toLowerCase() ?? '')) continue;
            add(phraseForms, key(part.map((t) => t.word)), part.map((t) => t.word).join(' '));
          }
        }
        for (const t of run) inNames.add(t);
      }
      run = [];
    };
    for (const t of list) {
      if (!t.spaced) flush();
      if (isCapitalised(t.word) || (isCapitals(t.word) && t.word.length <= 5)) run.push(t);
      else if (run.length > 0 && CONNECTORS.has(t.word)) run.push(t);
      else flush();
      if (t.sentenceStart && run.length > 1 && run.at(-1) === t) {
        run.pop();
        flush();
        run.push(t);
      }
    }
    flush();
    for (const [i, t] of list.entries()) {
      const shouting = isCapitals(t.word) && t.word.length > 2 && [list[i - 1], list[i + 1]].some((n) => n && isCapitals(n.word) && n.word.length > 2);
      if (!t.sentenceStart && !shouting && (!inNames.has(t) || isCapitals(t.word))) add(wordForms, t.word.toLowerCase(), t.word);
    }
  }
  const lowerPairs = countLowerPairs(running, phraseForms);
  const phrases = new Map<string, string>();
  for (const [k, forms] of phraseForms) {
    // Two words printed more often in lower case than as a name are not a name ("health and social care").
    const named = [...forms.values()].reduce((a, b) => a + b, 0);
    if ((lowerPairs.get(k) ?? 0) > named) continue;
    phrases.set(k, mostFrequent(forms));
  }
  const words = new Map<string, string>();
  for (const [k, forms] of wordForms) {
    const lower = forms.get(k) ?? 0;
    const best = mostFrequent(forms);
    words.set(k, lower >= (forms.get(best) ?? 0) ? k : best);
  }
  return { phrases, words };
}

/**
 * Re-case words printed in capitals: known names keep their printed form, abbreviations stay in capitals,
 * words always capitalised mid-sentence keep their capital, and every other word goes through `other`.
 */
function recase(text: string, guide: CaseGuide, other: (word: string, index: number) => string): string {
  const matches = [...text.matchAll(WORD)];
  const out: string[] = [];
  let cursor = 0;
  for (let i = 0; i < matches.length; ) {
    const m = matches[i];
    if (!m) break;
    out.push(text.slice(cursor, m.index));
    let taken = 0;
    for (let n = Math.min(MAX_PHRASE, matches.length - i); n >= 2 && taken === 0; n--) {
      const span = matches.slice(i, i + n);
      const phrase = guide.phrases.get(key(span.map((s) => s[0])));
      const last = span.at(-1);
      const gapsAreSpaces = span.every((s, j) => j === 0 || /^\s+$/.test(text.slice((span[j - 1]?.index ?? 0) + (span[j - 1]?.[0].length ?? 0), s.index)));
      if (phrase && last && gapsAreSpaces) {
        out.push(phrase);
        cursor = last.index + last[0].length;
        taken = n;
      }
    }
    if (taken === 0) {
      const learned = guide.words.get(m[0].toLowerCase());
      const keep = learned !== undefined && (isCapitals(learned) ? /\p{L}/u.test(learned) && learned.length >= 2 : learned !== learned.toLowerCase());
      out.push(keep ? learned : other(m[0], i));
      cursor = m.index + m[0].length;
      taken = 1;
    }
    i += taken;
  }
  out.push(text.slice(cursor));
  return out.join('');
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A heading printed in capitals, in sentence case, with names and abbreviations as the text prints them:
 * "DEVELOPING LOCAL AREA COORDINATION (LAC) SUPPORT IN NOTTINGHAMSHIRE" → "Developing Local Area Coordination (LAC) support in Nottinghamshire".
 * Text that already has lower-case letters is left as printed.
 */
export function sentenceCase(text: string, guide: CaseGuide): string {
  return hasLower(text) ? text : capitalise(recase(text, guide, (word) => word.toLowerCase()));
}

/** A job title or committee printed in capitals, in title case: "CORPORATE DIRECTOR, ADULT SOCIAL CARE AND HEALTH" → "Corporate Director, Adult Social Care and Health". */
export function titleCase(text: string, guide: CaseGuide): string {
  if (hasLower(text)) return text;
  const cased = recase(text, { phrases: guide.phrases, words: new Map([...guide.words].filter(([, form]) => isCapitals(form))) }, (word, i) =>
    i > 0 && SMALL_WORDS.has(word.toLowerCase()) ? word.toLowerCase() : capitalise(word.toLowerCase()),
  );
  return capitalise(cased);
}
