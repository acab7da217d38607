/**
 * Fidelity: every word of each source, less its page footers, is on the pages made from it, in order.
 *
 *   npx tsx scripts/check-fidelity.ts [DIR]     DIR defaults to $SITE_DIR, $SITE_OUT_DIR or dist
 *
 * Each source in sources/ is split and its headers read as the importer does. For each document, the words of its
 * body must appear in order in the page's <main>; a footnote's words in order among the footnotes (a page prints
 * them at its end); each word of the header (committee, date, item, author, title), which the page shows in its
 * masthead in its own order, somewhere on the page; and each word of a tab-separated table somewhere on the page
 * (a table row can continue over several lines, and the page joins each cell's pieces, which changes the order). Prints a table per source; exits 1 if a word is lost.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { comparableWords, firstMissingInOrder, footnoteWords, FOOTNOTE_LINE, PAGE_FOOTER, tableLines, type SourceWord } from '../src/lib/import/fidelity.ts';
import { readHeaders } from '../src/lib/import/header/read-headers.ts';
import { readSource } from '../src/lib/import/read/read-source.ts';
import { listSourceNames } from '../src/lib/site/source-files.ts';
import { splitDocuments } from '../src/lib/import/split/split-documents.ts';
import type { SourceLine } from '../src/lib/import/types.ts';
import { siteDir } from './site-files.ts';

interface SourceReport {
  file: string;
  documents: number;
  words: number;
  problems: string[];
}

function wordsOf(lines: readonly SourceLine[], words = comparableWords): SourceWord[] {
  return lines.flatMap((l) => words(l.text.replace(PAGE_FOOTER, ' ')).map((word) => ({ word, line: l.line })));
}

function pageWords(dir: string, id: string): string[] | null {
  let html: string;
  try {
    html = readFileSync(join(dir, 'documents', id, 'index.html'), 'utf8');
  } catch {
    return null;
  }
  // A footnote mark (<sup>) is a word of its own, as the source's ¹ is.
  const main = parse(html.replaceAll('<sup', ' <sup')).querySelector('main');
  return main ? comparableWords(main.structuredText) : null;
}

export async function checkSource(dir: string, path: string): Promise<SourceReport> {
  const source = await readSource(path);
  const read = readHeaders(source, splitDocuments(source), {});
  const report: SourceReport = { file: source.file, documents: read.length, words: 0, problems: [] };
  for (const { id, slice, header } of read) {
    const page = pageWords(dir, id);
    if (page === null) {
      report.problems.push(`${source.file}: no page for document ${id} (looked for documents/${id}/index.html)`);
      continue;
    }
    const bodyStart = header.bodyLines[0]?.line ?? Infinity;
    const headerWords = wordsOf(slice.lines.filter((l) => l.line < bodyStart));
    const footnotes = wordsOf(header.bodyLines.filter((l) => FOOTNOTE_LINE.test(l.text)), footnoteWords);
    const tables = tableLines(header.bodyLines);
    const tableWords = wordsOf([...tables]);
    const body = wordsOf(header.bodyLines.filter((l) => !FOOTNOTE_LINE.test(l.text) && !tables.has(l)));
    report.words += headerWords.length + footnotes.length + tableWords.length + body.length;
    const onPage = new Set(page);
    const anywhere = [...headerWords, ...tableWords].find((w) => !onPage.has(w.word));
    const lost = anywhere ?? firstMissingInOrder(body, page) ?? firstMissingInOrder(footnotes, page);
    if (lost) {
      const text = source.lines.find((l) => l.line === lost.line)?.text.trim().slice(0, 90) ?? '';
      report.problems.push(`${source.file}:${lost.line}: "${lost.word}" is not on /documents/${id}/${anywhere ? '' : ' in order'} — line: ${text}`);
    }
  }
  return report;
}

async function main(): Promise<void> {
  const dir = process.argv[2] ?? siteDir();
  const files = listSourceNames('sources');
  const reports = await Promise.all(files.map((f) => checkSource(dir, join('sources', f))));
  console.log('source                          documents   words  fidelity');
  for (const r of reports) {
    console.log(`${r.file.padEnd(32)}${String(r.documents).padStart(9)}${String(r.words).padStart(8)}  ${r.problems.length === 0 ? 'every word, in order' : `${r.problems.length} document(s) lose words`}`);
  }
  const problems = reports.flatMap((r) => r.problems);
  for (const p of problems) console.error(p);
  if (problems.length > 0) process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
