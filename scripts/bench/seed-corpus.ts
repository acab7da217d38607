/**
 * What the synthetic archive is made of: the real seeds taken apart into sentences, list items, headings, titles,
 * authors, committees, recommendations, tab-separated tables and the sizes of real reports.
 */

/** The pieces of the council's own text that synthetic reports are assembled from. */
export interface Corpus {
  /** Whole sentences from the seeds' paragraphs, in the council's words. */
  sentences: string[];
  /** Bullet-list items, without their markers. */
  listItems: string[];
  /** Section headings that are not the standard ones every report has. */
  headings: string[];
  /** Report titles, in capitals as the council prints them. */
  titles: string[];
  /** "REPORT OF …" lines, without the prefix. */
  authors: string[];
  /** Committees' full names, e.g. "Adult Social Care and Health Committee". */
  committees: string[];
  /** Recommendation texts, without their numbers. */
  recommendations: string[];
  /** Runs of tab-separated lines (tables), verbatim. */
  tables: string[][];
  /** Sizes in characters of the real reports in the seeds: what a synthetic report aims at. */
  reportSizes: number[];
}

const FOOTER = /\s*Page \d+ of \d+\s*/g;
const PARAGRAPH_NUMBER = /(^|\n)[ \t]*(?:-[ \t]*)?\d{1,2}(?:\.\d{1,2})?\.[ \t]+/g;
const BULLET = /(^|\n)[ \t]*(?:-|\uf0b7|•|[a-z]\.|[ivx]+\)|\d\))[ \t]+/g;
const STANDARD_HEADINGS = /^(purpose of the report|information( and advice)?|other options considered|reasons? ?\/?s? for recommendation|statutory and policy implications|financial (implications|comments)|constitutional comments?|background papers|electoral division|recommendations?|human resources implications|implications for service users|for any enquiries)/i;

const unique = (items: string[]): string[] => [...new Set(items)];
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Report-sized slices of one seed: the whole file, or each "Report to …" of an agenda pack. */
export function reportSlices(text: string): string[] {
  const lines = text.split(/\r?\n/);
  const starts = lines.flatMap((line, i) => (/^\s*Report to\b/.test(line) ? [i] : []));
  if (starts.length <= 1) return [text];
  return starts.map((start, k) => lines.slice(start, starts[k + 1] ?? lines.length).join('\n'));
}

function sentencesOf(text: string): string[] {
  const prose = text
    .split(/\r?\n/)
    .filter((line) => !line.includes('\t'))
    .join('\n')
    .replace(FOOTER, '\n')
    .replace(/\*\*/g, '')
    .replace(PARAGRAPH_NUMBER, '$1\u0000')
    .replace(BULLET, '$1\u0000')
    .replace(/\n[ \t]*\n(?=[ \t]*[A-Z][^\n]{0,70}\n[ \t]*\n)/g, '\n\u0000');
  return prose
    .split('\u0000')
    .flatMap((chunk) => squash(chunk).split(/(?<=[a-z0-9)”"’]\.)\s+(?=[A-Z“"‘])/))
    .filter((s) => s.length >= 50 && s.length <= 700 && /^[A-Z“"‘]/.test(s) && /[.]$/.test(s) && !/\bPage \d+\b|https?:|@|\t/.test(s));
}

function linesMatching(text: string, pattern: RegExp): string[] {
  return text.split(/\r?\n/).flatMap((line) => {
    const match = pattern.exec(line);
    return match?.[1] ? [squash(match[1])] : [];
  });
}

function tablesOf(text: string): string[][] {
  const tables: string[][] = [];
  let run: string[] = [];
  for (const line of [...text.split(/\r?\n/), '']) {
    if (line.includes('\t') && !FOOTER.test(line)) run.push(line.replace(/\s+$/, ''));
    else {
      if (run.length >= 2) tables.push(run);
      run = [];
    }
    FOOTER.lastIndex = 0;
  }
  return tables;
}

function headingsOf(text: string): string[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  return lines.filter((line, i) => {
    const blankAround = (lines[i - 1] ?? '') === '' && (lines[i + 1] ?? '') === '';
    return blankAround && /^[A-Z][A-Za-z’' ,&()-]{6,70}$/.test(line) && !/[.:;]$/.test(line) && line !== line.toUpperCase() && !STANDARD_HEADINGS.test(line) && line.split(' ').length >= 2 && line.split(' ').length <= 9;
  });
}

function titlesOf(text: string): string[] {
  const lines = text.split(/\r?\n/).map((l) => squash(l.replace(/\*\*/g, ' ')));
  return lines.filter((line) => /^[A-Z][A-Z0-9 ,’'&–-]{24,}$/.test(line) && !/^(REPORT OF|RECOMMENDATION|NOTTINGHAMSHIRE COUNTY COUNCIL$)/.test(line) && line.split(' ').length >= 4);
}

/** Take the seeds apart into a corpus. Deterministic: the same texts give the same corpus, in the same order. */
export function buildCorpus(seeds: readonly { file: string; text: string }[]): Corpus {
  const texts = seeds.map((s) => s.text);
  const all = texts.join('\n\n');
  const committees = unique([
    ...linesMatching(all, /^\s*Report to (?:the )?(.+? Committee)\b/),
    ...[...all.matchAll(/\b((?:[A-Z][a-z]+ (?:and |& )?){1,6}Committee) is the appropriate body/g)].map((m) => squash(m[1] ?? '')),
  ]).filter((c) => c.length > 12 && !/^The /.test(c));
  return {
    sentences: unique(texts.flatMap(sentencesOf)),
    listItems: unique(linesMatching(all, /^\s*(?:-|\uf0b7|•)\s+(?![a-z]\.|\d\))(.{10,220})$/)).filter((s) => !/\t|Page \d+ of|^\*|^\d/.test(s)),
    headings: unique(texts.flatMap(headingsOf)),
    titles: unique(texts.flatMap(titlesOf)),
    authors: unique(linesMatching(all, /^\s*\**REPORT OF (?:THE )?(.{10,120}?)\**\s*$/)),
    committees,
    recommendations: unique(linesMatching(all, /^\s*-?\s*\d\)\s+(.{20,400})$/)),
    tables: texts.flatMap(tablesOf),
    reportSizes: texts.flatMap(reportSlices).map((s) => s.length).filter((n) => n > 4000),
  };
}
