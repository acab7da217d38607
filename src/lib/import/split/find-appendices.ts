import { cleanHeaderText } from '../clean/clean-header-text.ts';
import { matchReference } from '../header/find-reference.ts';
import { readsAsCells } from '../read/text/reads-as-cells.ts';
import type { SourceLine } from '../types.ts';

/** An appendix found after a report's closing lines: a range of indexes into the report's lines, and its number or letter. */
export interface AppendixRange {
  start: number;
  /** Exclusive. */
  end: number;
  label: string;
}

const CLOSING = /^electoral divisions?(?:\(s\))?\b/i;
const APPENDIX_HEADING = /^appendix\s+([0-9]+|[a-z])\b(?:\s*[-–—:.]\s*|\s+|$)/i;
const MENTION = /\bappendix\s+([0-9]+|[A-Z])\b/g;

/** "Appendix 2 - …" → "2"; null when the line is not an appendix heading. */
export function appendixLabel(text: string): string | null {
  const clean = cleanHeaderText(text);
  return clean.length < 250 ? (APPENDIX_HEADING.exec(clean)?.[1]?.toUpperCase() ?? null) : null;
}

/** Index of the first line after the report's closing block ("Electoral Division(s) and Member(s) Affected", its answer, the reference); null without one. */
function afterClosing(lines: readonly SourceLine[]): number | null {
  const closing = lines.findLastIndex((l) => CLOSING.test(cleanHeaderText(l.text)));
  if (closing === -1) return null;
  const filled = (from: number) => lines.findIndex((l, i) => i >= from && l.text.trim() !== '');
  const answer = /affected\W+\w/i.test(lines[closing]?.text ?? '') ? closing : filled(closing + 1);
  if (answer === -1) return null;
  const reference = filled(answer + 1);
  return reference !== -1 && matchReference(lines[reference]?.text ?? '') ? reference + 1 : answer + 1;
}

/** Split the material after the closing block at "Appendix N" headings and at gaps of two or more blank lines. */
function cutTail(lines: readonly SourceLine[], from: number): { start: number; end: number }[] {
  const starts: number[] = [];
  let blanks = 2;
  for (let i = from; i < lines.length; i++) {
    const text = lines[i]?.text ?? '';
    if (text.trim() === '') {
      blanks++;
      continue;
    }
    // A page's footer ends the page above: it starts nothing, and the blank lines around it (a page break) are no gap.
    if (/^\s*Page \d+ of \d+\s*$/.test(text)) {
      blanks = Number.NEGATIVE_INFINITY;
      continue;
    }
    if (starts.length === 0 || blanks >= 2 || appendixLabel(text) !== null) starts.push(i);
    blanks = 0;
  }
  return starts.map((start, k) => ({ start, end: starts[k + 1] ?? lines.length }));
}

/**
 * A part that is only a table under its title line: its lines mostly tab-separated rows (a cell wrapped onto a line
 * of its own, as `pdftotext -layout` gives it, is not a row), or cells that lost their tabs.
 */
function isTableOnly(lines: readonly SourceLine[], part: { start: number; end: number }): boolean {
  const below = lines.slice(part.start + 1, part.end).filter((l) => l.text.trim() !== '');
  const rows = below.filter((l) => l.text.includes('\t')).length;
  return (below.length > 0 && rows / below.length >= 0.5) || readsAsCells(below.map((l) => l.text).join(' '));
}

/** Fewer words than a page or two: appended material that reads best on its report's own page. */
const SHORT_PART_WORDS = 800;

/** Whether appended material stays with its report rather than becoming a document: a table, or a short part. */
function staysWithReport(lines: readonly SourceLine[], part: { start: number; end: number }): boolean {
  const words = lines.slice(part.start, part.end).reduce((n, l) => n + l.text.split(/\s+/).filter(Boolean).length, 0);
  return words < SHORT_PART_WORDS || isTableOnly(lines, part);
}

/**
 * The appendices printed after a report, as documents of their own.
 *
 * Everything after the report's closing block ("Electoral Division(s) and Member(s) Affected", its answer and
 * the reference) is appended material, cut at "Appendix N" headings and at gaps of two or more blank lines.
 * A part with prose of its own (the NHS consultation paper and the council's response after report 6 of the
 * 8 February 2021 pack) is an appendix document. A part that is only a table under its title (report 4's
 * "Appendix 1: Summary of proposed achievements", report 7's performance table, report 9's work programme), or
 * is short (under 800 words), stays with the document before it, so it reads on the same page as the paragraphs
 * that cite it; and it does so whether or not the export kept the table's tabs.
 *
 * An appendix printed without a heading takes the first number the report mentions ("attached as Appendix 1")
 * that no headed appendix claims, else its position.
 */
export function findAppendices(lines: readonly SourceLine[]): AppendixRange[] {
  const from = afterClosing(lines);
  if (from === null) return [];
  const parts = cutTail(lines, from).filter((part) => !staysWithReport(lines, part));
  const printed = parts.map((part) => appendixLabel(lines[part.start]?.text ?? ''));
  const mentioned = [...new Set(lines.slice(0, from).flatMap((l) => [...l.text.matchAll(MENTION)].map((m) => m[1]?.toUpperCase() ?? '')))];
  const free = mentioned.filter((label) => !printed.includes(label));
  const ranges: AppendixRange[] = [];
  for (const [k, part] of parts.entries()) {
    const label = printed[k] ?? free.shift() ?? String(k + 1);
    const following = parts[k + 1]?.start;
    ranges.push({ start: part.start, end: following ?? lines.length, label });
  }
  return ranges;
}
