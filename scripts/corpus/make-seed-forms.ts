/**
 * The importer's test corpus: each seed paper (sources/NNN_hash.txt) in the forms the council's paper reaches us in.
 *
 *   npm run corpus        (tsx scripts/corpus/make-seed-forms.ts)
 *
 * For each seed it writes src/lib/import/__corpus__/NNN_hash/:
 *   paper.pdf               the seed laid out as a committee report (A4, Arial 12 pt, numbered paragraphs, "Page N of M")
 *   pdftotext.txt           `pdftotext -enc UTF-8 paper.pdf -`
 *   pdftotext-layout.txt    `pdftotext -layout -enc UTF-8 paper.pdf -`
 *   page-per-line.txt       the PDF's pages as PDF.js reads them, each run onto one line
 *   no-blank-lines.txt      the seed with its blank lines removed
 *   crlf.txt                the seed with CRLF line ends
 * and prints, per seed, the pages, the PDF's size and how many of the seed's words pdftotext finds in it.
 * Everything but the PDF's own dates is deterministic; a PDF that differs from the one on disk only in its dates is not
 * rewritten, so a second run changes nothing. Exits 1 when a seed's words fall below 99.5 % found.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { blocksToHtml } from './blocks-to-html.ts';
import { pageCount, pdfToText } from './pdf-to-text.ts';
import { launchPrinter, printPdf, samePdfApartFromDates } from './print-pdf.ts';
import { readSeedBlocks } from './read-seed-blocks.ts';
import { pdfjsPages } from './pdfjs-pages.ts';
import { pagePerLine, withCrlf, withoutBlankLines } from './text-forms.ts';
import { wordFidelity, type WordFidelity } from './word-fidelity.ts';

/** Where the seeds are, from the repository root. */
export const SEEDS_DIR = 'sources';

/** Where their forms go, one folder a seed, from the repository root. */
export const CORPUS_DIR = join('src', 'lib', 'import', '__corpus__');

/** The share of a seed's words the PDF must hold. */
export const MIN_FOUND = 0.995;

/** What the run reports for one seed. */
export interface SeedReport extends WordFidelity {
  seed: string;
  pages: number;
  pdfBytes: number;
}

/** The seed files' names (NNN_hash.txt), in order. */
export function seedNames(dir: string = SEEDS_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => /^\d{3}_[0-9a-f]+\.txt$/.test(name))
    .sort();
}

/** Write the file unless it already holds exactly these bytes. */
function writeIfChanged(path: string, data: string | Buffer): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  if (existsSync(path) && readFileSync(path).equals(bytes)) return;
  writeFileSync(path, bytes);
}

/** The percentage, one decimal. */
function percent(part: number, whole: number): string {
  return `${((100 * part) / Math.max(whole, 1)).toFixed(1)} %`;
}

/** The run's table, one row a seed. */
export function reportTable(reports: SeedReport[]): string {
  const head = ['seed', 'pages', 'pdf bytes', 'seed words', 'found', '%', 'in order', '%'];
  const rows = reports.map((r) => [
    r.seed,
    String(r.pages),
    String(r.pdfBytes),
    String(r.seedWords),
    String(r.found),
    percent(r.found, r.seedWords),
    String(r.inOrder),
    percent(r.inOrder, r.seedWords),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Make every seed's forms; returns what each report says. */
export async function makeSeedForms(seedsDir: string = SEEDS_DIR, corpusDir: string = CORPUS_DIR): Promise<SeedReport[]> {
  const browser = await launchPrinter();
  const reports: SeedReport[] = [];
  try {
    for (const name of seedNames(seedsDir)) {
      const seed = name.replace(/\.txt$/, '');
      const text = readFileSync(join(seedsDir, name), 'utf8');
      const dir = join(corpusDir, seed);
      mkdirSync(dir, { recursive: true });
      const pdfPath = join(dir, 'paper.pdf');
      const pdf = await printPdf(browser, blocksToHtml(readSeedBlocks(text), seed));
      if (!(existsSync(pdfPath) && samePdfApartFromDates(readFileSync(pdfPath), pdf))) writeFileSync(pdfPath, pdf);
      const plain = pdfToText(pdfPath);
      writeIfChanged(join(dir, 'pdftotext.txt'), plain);
      writeIfChanged(join(dir, 'pdftotext-layout.txt'), pdfToText(pdfPath, true));
      writeIfChanged(join(dir, 'page-per-line.txt'), pagePerLine(await pdfjsPages(readFileSync(pdfPath))));
      writeIfChanged(join(dir, 'no-blank-lines.txt'), withoutBlankLines(text));
      writeIfChanged(join(dir, 'crlf.txt'), withCrlf(text));
      reports.push({ seed, pages: pageCount(plain), pdfBytes: readFileSync(pdfPath).length, ...wordFidelity(text, plain) });
    }
  } finally {
    await browser.close();
  }
  return reports;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const reports = await makeSeedForms();
  console.log(reportTable(reports));
  const short = reports.filter((r) => r.found / Math.max(r.seedWords, 1) < MIN_FOUND);
  if (short.length > 0) {
    console.error(`\nBelow ${MIN_FOUND * 100} % of the seed's words found: ${short.map((r) => r.seed).join(', ')}`);
    process.exitCode = 1;
  }
}
