import type { DocumentData } from '../../model/document.ts';
import type { SourceLine } from '../types.ts';
import type { BodyParts } from './count-parts.ts';

/** Longer than this, a "title" is a paragraph read as one. */
export const MAX_TITLE = 200;

/** What a check found wrong with a document made from a source: refused, or worth a look before importing. */
export interface Finding {
  severity: 'refuse' | 'warn';
  line: number | null;
  problem: string;
  hint: string;
  /** A warning that the document may hold less than the paper: printed on every import, not only with --check. */
  loss?: true;
}

export interface CheckInput {
  data: DocumentData;
  parts: BodyParts;
  /** The document's lines in the source, to point at the line a problem stands on. */
  lines: readonly SourceLine[];
  /** Whether the date was given with --date rather than read from the paper. */
  dateGiven: boolean;
}

const lineOf = (lines: readonly SourceLine[], test: (text: string) => boolean) => lines.find((l) => test(l.text))?.line ?? lines[0]?.line ?? null;

/** A title that is not one: empty, a paragraph's length, or a numbered paragraph. */
function checkTitle({ data, lines }: CheckInput): Finding[] {
  const title = data.title.trim();
  const at = lineOf(lines, (t) => title.length > 0 && t.includes(title.slice(0, 30)));
  const hint = 'put the title on a line of its own under the header ("REPORT OF …"), with a blank line below it';
  if (title === '') return [{ severity: 'refuse', line: at, problem: 'no title found', hint }];
  if (title.length > MAX_TITLE) return [{ severity: 'refuse', line: at, problem: `the title found is ${title.length} characters long ("${title.slice(0, 60)}…"): a paragraph, not a title`, hint }];
  if (/^\d{1,3}\.\s/.test(title)) return [{ severity: 'refuse', line: at, problem: `the title found is a numbered paragraph ("${title.slice(0, 60)}")`, hint }];
  return [];
}

/** The line where the paper prints paragraph number `n`: at a line's start, or after a finished sentence; null if nowhere. */
function lineOfNumber(lines: readonly SourceLine[], n: number): number | null {
  const at = new RegExp(`(?:^|[.:;]\\s|\\s)${n}\\.\\s+["'‘“(]?[\\p{Lu}\\d]`, 'u');
  return lines.find((l) => at.test(l.text.replace(/^[\s\-–•\uF0B7*]+/u, '')))?.line ?? null;
}

/**
 * The council's paragraph numbers run 1, 2, 3 …: a number that goes back, or a gap where the paper does print the
 * missing number, means paragraphs were misread. A gap the paper itself has (it skips a number) is only a warning.
 */
function checkSequence({ data, parts, lines }: CheckInput): Finding[] {
  if (data.kind !== 'report') return [];
  const top = parts.paragraphs.filter((n) => /^\d+$/.test(n)).map(Number);
  for (const [i, n] of top.entries()) {
    const expected = i === 0 ? 1 : (top[i - 1] ?? 0) + 1;
    if (n !== expected) {
      const printed = lineOfNumber(lines, expected);
      const misread = n < expected || printed !== null;
      return [
        {
          severity: misread ? 'refuse' : 'warn',
          // Where the missing number is printed, which is where the text was misread; else where the sequence broke.
          line: printed ?? lineOf(lines, (t) => new RegExp(`^\\s*(?:\\S\\s+)?${n}\\.\\s`).test(t)),
          problem: `numbered paragraphs do not run in sequence: paragraph ${n} where ${expected} was expected`,
          hint: `check that paragraph ${expected} starts on a line of its own, "${expected}. …", and that no page is missing`,
        },
      ];
    }
  }
  return [];
}

/** A recommendations heading with nothing read under it. */
function checkRecommendations({ data, parts, lines }: CheckInput): Finding[] {
  if (!parts.recommendationsHeading || data.recommendations.length > 0 || (data.kind !== 'report' && data.kind !== 'appendix')) return [];
  return [
    {
      severity: 'refuse',
      line: lineOf(lines, (t) => /^\W*recommendations?\b/i.test(t.trim())),
      problem: 'a RECOMMENDATION/S heading with no recommendations read under it',
      hint: 'put each recommendation on a line of its own below the heading ("1) …", "That: …")',
    },
  ];
}

/**
 * A recommendation that ends in a colon ("the establishment of the following post:") with nothing read under it: the
 * table or points it introduces were not read as such (a narrow table in a PDF whose columns run together), so the
 * decision holds only its first line. Not refused: the words are still on the page, below it.
 */
function checkIntroduced({ data, lines }: CheckInput): Finding[] {
  return data.recommendations
    .filter((r) => /:\s*$/.test(r.text))
    .map((r) => ({
      severity: 'warn' as const,
      loss: true as const,
      line: lineOf(lines, (t) => t.includes(r.text.slice(-40).trim())),
      problem: `recommendation ${r.n} introduces a table or list ("…${r.text.slice(-40).trim()}") that was not read under it: its decision holds only that line`,
      hint: 'import the text export, or put the rows on lines of their own with tabs between cells; or give the decision its text in content/editorial/decisions.yaml',
    }));
}

/** What is worth a look, though the document imports: no agenda item, no reference, a date that was given. */
function warnings({ data, dateGiven }: CheckInput): Finding[] {
  const found: Finding[] = [];
  if (data.kind === 'report' && data.agendaItem === null) found.push({ severity: 'warn', line: null, problem: 'no agenda item in the header', hint: 'the address uses the title instead' });
  if (data.kind === 'report' && data.reference === null) found.push({ severity: 'warn', line: null, problem: 'no report reference (e.g. "ASCH393") at the end', hint: '' });
  if (dateGiven) found.push({ severity: 'warn', line: null, problem: `the date ${data.date} was given with --date, not read from the paper`, hint: '' });
  return found;
}

/**
 * Check what the importer made of one document, as a reader would see it broken: a title that is a paragraph,
 * numbered paragraphs out of sequence, a recommendations heading with none read. Refusals first, then warnings.
 */
export function checkDocument(input: CheckInput): Finding[] {
  return [...checkTitle(input), ...checkSequence(input), ...checkRecommendations(input), ...checkIntroduced(input), ...warnings(input)];
}
