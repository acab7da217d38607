import { matchHeaderLine } from '../../header/match-header-line.ts';
import { classifyLine } from '../../structure/classify-line.ts';
import { looksLikeName } from '../../structure/read-blocks.ts';
import { isSectionHeading } from '../../structure/section-headings.ts';
import type { SourceLine } from '../../types.ts';
import { authorPhraseEnd } from './author-phrase.ts';

/** Below this share of blank lines, a text has lost the blank lines between its paragraphs. */
const FEW_BLANKS = 0.04;
/** No printed line of an A4 page is this long: a text with many such lines holds a paragraph per line. */
const LONGER_THAN_PRINTED = 150;
const UNWRAPPED_SHARE = 0.1;
const TERMINAL = /[.;:!?](?:["'”’)\]*_]*)$/u;
const OPEN_END = /(?:[,&–-]|\b(?:and|or|the|a|an|of|to|in|for|with|by|on|at|from|as|that|which|such|its|their|our))$/i;

const bare = (text: string) => text.replace(/<\/?[a-z]+>|\*+|_+/gi, '').trim();
const isCaps = (text: string) => !/\p{Ll}/u.test(text) && (text.match(/\p{Lu}/gu) ?? []).length >= 3;
const startsCapital = (text: string) => /^["'‘“(]?[\p{Lu}\d]/u.test(bare(text));

/** Whether a `**` bold run is still open after this line, given whether one was open before it. */
function boldOpenAfter(text: string, open: boolean): boolean {
  for (const mark of text.matchAll(/\*\*/g)) {
    const before = text[mark.index - 1] ?? ' ';
    const after = text[mark.index + 2] ?? ' ';
    if (open && /\S/u.test(before)) open = false;
    else if (!open && /\S/u.test(after)) open = true;
  }
  return open;
}

/** The nth percentile of the numbers (0–100). */
function percentile(values: number[], nth: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * nth) / 100))] ?? 0;
}

/** Whether a line is whole on its own: a header line ("Agenda Item: 7"; not "REPORT OF …", which may wrap), a standard heading, a `#` heading, a resolution's number. */
function isWholeLine(text: string): boolean {
  const kind = classifyLine(text).type;
  const header = matchHeaderLine(text);
  return kind === 'md-heading' || kind === 'resolved' || (header !== null && header.type !== 'report-of') || isSectionHeading(bare(text));
}

/** Whether a line starts something new by what it is: a numbered paragraph, a point, a bullet, a footnote. */
function startsBlock(text: string): boolean {
  const kind = classifyLine(text).type;
  return kind === 'numbered' || kind === 'point' || kind === 'bullet' || kind === 'footnote' || matchHeaderLine(text)?.type === 'report-of';
}

const isRow = (text: string) => text.includes('\t');

/** Whether a text has lost its paragraph breaks: many lines, and almost none of them blank. */
export function lacksParagraphBreaks(lines: readonly SourceLine[]): boolean {
  const filled = lines.filter((l) => l.text.trim() !== '').length;
  return filled >= 20 && (lines.length - filled) / lines.length < FEW_BLANKS;
}

/**
 * Put back the blank lines between paragraphs that an export dropped. In any text, a header line ("Agenda Item: 7"),
 * a standard heading and a title in capitals stand apart from the lines around them (`pdftotext` prints a header
 * with no blank lines). In a text that lost its blank lines ("no blank lines"), a blank also goes before a line that
 * starts a paragraph, a point or a signature, and where a line ends short of the printed width on a finished
 * sentence or a title-like phrase; with a paragraph a line, between every pair of lines. Never inside an open `**`
 * bold run.
 */
export function restoreParagraphBreaks(lines: readonly SourceLine[]): SourceLine[] {
  const lost = lacksParagraphBreaks(lines);
  const filled = lines.filter((l) => l.text.trim() !== '');
  const width = percentile(filled.map((l) => l.text.trim().length), 90);
  const capsWidth = Math.max(0, ...filled.filter((l) => isCaps(bare(l.text))).map((l) => l.text.trim().length));
  const unwrapped = filled.filter((l) => l.text.trim().length > LONGER_THAN_PRINTED).length / Math.max(1, filled.length) >= UNWRAPPED_SHARE;
  const out: SourceLine[] = [];
  let bold = false;
  // The author's words so far, from "REPORT OF" down the lines in capitals under it.
  let author: string | null = null;
  // Whether the line above is an appendix's heading ("Appendix 2 - Nottinghamshire County Council response …").
  let appendixHeading = false;
  // Whether each line is a header line or a standard heading, worked out once.
  const headers = lines.map((l) => isHeaderLine(l.text));
  for (const [i, line] of lines.entries()) {
    const before = lines[i - 1];
    const text = bare(line.text);
    if (before && before.text.trim() !== '' && line.text.trim() !== '' && !bold) {
      const [a, b] = [before.text.trimEnd(), line.text.trimEnd()];
      // The author is whole, and the line below does not go on with it ("… AND HEALTH" over "COMMITTEE" does).
      const authorEnds = author !== null && isCaps(text) && authorPhraseEnd(author) === author.length && authorPhraseEnd(`${author} ${text}`) === author.length;
      // An appendix's heading runs on only into a line in lower case ("… consultation" over "paper").
      const appendixEnds = appendixHeading && !/^\p{Ll}/u.test(text);
      if (authorEnds || appendixEnds || standApart(a, b, headers[i - 1] === true || headers[i] === true) || (lost && (unwrapped || breaksBetween(a, b, width, capsWidth)))) {
        out.push({ text: '', line: before.line });
        author = null;
      }
    }
    appendixHeading = APPENDIX_HEADING.test(text) || (appendixHeading && /^\p{Ll}/u.test(text) && !TERMINAL.test(text));
    if (/^REPORT OF\b/.test(text)) author = text;
    else if (author !== null && isCaps(text) && text !== '') author = `${author} ${text}`;
    else author = null;
    bold = boldOpenAfter(line.text, bold);
    out.push(line);
  }
  return out;
}

/** Whether two lines stand apart by what they are, whatever the export: a header line or standard heading (`header`, either of them), a title in capitals. */
function standApart(a: string, b: string, header: boolean): boolean {
  if (isRow(a) || isRow(b)) return false;
  if (header || /^REPORT OF\b/.test(bare(b))) return true;
  const [ta, tb] = [bare(a), bare(b)];
  if (TERMINAL.test(ta) && SIGNATURE.test(tb)) return true;
  return isTitle(ta) !== isTitle(tb) && (isTitle(ta) ? /\p{Ll}/u.test(tb) : /\p{Ll}/u.test(ta));
}

/** A line of a document's header, or a standard heading: "Report to Policy Committee", "20 April 2016", "Purpose of the Report". */
function isHeaderLine(text: string): boolean {
  // Header lines and headings are short, and a header line starts with one of a few words or a date: most lines of
  // a report are neither, and not worth the patterns.
  if (text.length > 200 || text.trim() === '') return false;
  const header = HEADER_START.test(text) ? matchHeaderLine(text) : null;
  return (header !== null && header.type !== 'report-of') || (text.length < 100 && isSectionHeading(bare(text)));
}

/** How a header line can start, markup aside: "Report to", "Agenda Item", "minutes", "Meeting", "Date", a day or a date. */
const HEADER_START = /^[\s*#_]*(?:<[a-z]+>)?(?:report|agenda|minutes|meeting|date|\d|mon|tue|wed|thu|fri|sat|sun)/i;

/** A signature under a report's last paragraph: a name, then the post ("Marjorie Toward Service Director, Customers, …"). */
const SIGNATURE = /^(?:Councillor\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2},?\s+(?:(?:Corporate|Service|Group|Programme|Strategic|Senior|Deputy)\s+)?(?:Director|Manager|Officer|Chair(?:man)?|Executive)\b/u;

const APPENDIX_HEADING = /^Appendix\s+(?:\d+|[A-Z])\s*[-–—:.]\s*\S/u;

/** Three words or more in capitals and nothing else: a title, an author, a heading. */
const isTitle = (text: string) => isCaps(text) && (text.match(/\p{Lu}{2,}/gu) ?? []).length >= 3;

/** Whether a paragraph ends between two printed lines. */
function breaksBetween(a: string, b: string, width: number, capsWidth: number): boolean {
  if (isRow(a) || isRow(b)) return isRow(a) !== isRow(b);
  if (isWholeLine(a) || isWholeLine(b) || startsBlock(b)) return true;
  const [ta, tb] = [bare(a), bare(b)];
  if (isCaps(ta) !== isCaps(tb) && /\p{L}{2}/u.test(tb)) return true;
  if (OPEN_END.test(ta) || (ta.match(/\(/g) ?? []).length > (ta.match(/\)/g) ?? []).length) return false;
  if (!startsCapital(tb)) return false;
  // A signature under the last paragraph: "Councillor Muriel Weisz", "David Pearson".
  if (looksLikeName(tb) || /^Councillor\s/u.test(tb)) return true;
  const full = isCaps(ta) ? capsWidth : width;
  if (TERMINAL.test(ta)) return a.length < full * 0.85;
  return a.length < full * 0.6;
}
