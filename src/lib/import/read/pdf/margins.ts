import { lineText, type PdfLine } from './lines.ts';

/** A page's printed lines, top to bottom, and its height in points. */
export interface PdfPage {
  height: number;
  lines: PdfLine[];
}

/** A page's number as its footer or header prints it: "Page 3 of 10" → 3 of 10; a bare "3" → 3 of null. */
export interface PrintedPageNumber {
  n: number;
  of: number | null;
}

/** A page with its running header and footer taken off: the lines of its body, and the page number they printed. */
export interface PageBody {
  lines: PdfLine[];
  pageNumber: PrintedPageNumber | null;
}

/** The share of the page's height, at its top and at its bottom, where running headers and footers stand. */
const MARGIN = 0.12;
/** How many lines at each end of a page are looked at as a running header or footer. */
const EDGE_LINES = 3;
/** A running line stands at the same height on every page it is on, within this many points. */
const SAME_PLACE = 3;
/** A running header or footer is set apart from the body by a gap wider than this, as a share of the font size. */
const APART = 1.6;

const PAGE_NUMBER = [/^page\s+(\d{1,4})\s+of\s+(\d{1,4})$/i, /^(\d{1,4})\s*\/\s*(\d{1,4})$/, /^page\s+(\d{1,4})$/i, /^[-–—]\s*(\d{1,4})\s*[-–—]$/, /^(\d{1,4})$/];

/** A page number in one piece of text: "Page 3 of 10", "3/10", "Page 3", "- 3 -", "3". */
export function readPageNumber(text: string): PrintedPageNumber | null {
  const t = text.trim();
  for (const pattern of PAGE_NUMBER) {
    const m = pattern.exec(t);
    if (m) return { n: Number(m[1]), of: m[2] === undefined ? null : Number(m[2]) };
  }
  return null;
}

/** What a running line says whatever the page: its words, with every number the same. */
const runningKey = (line: PdfLine) => lineText(line).toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/** Whether the gap between two lines of a page (by index) is wide enough to set a running line apart from the body. */
function apart(page: PdfPage, upper: number, lower: number): boolean {
  const a = page.lines[upper];
  const b = page.lines[lower];
  return a !== undefined && b !== undefined && b.y - a.y > APART * Math.max(a.size, b.size);
}

/**
 * The lines at a page's ends that stand in its top or bottom margin and are set apart from the body by a wide gap
 * between them and it (a table's header row repeated at the top of each page is not), by index.
 */
function edgeLines(page: PdfPage): number[] {
  const n = page.lines.length;
  const top = [...Array(Math.min(EDGE_LINES, n)).keys()].filter((i) => {
    const line = page.lines[i];
    return line !== undefined && line.y - line.size < MARGIN * page.height && [...Array(EDGE_LINES).keys()].some((k) => k >= i && apart(page, k, k + 1));
  });
  const bottom = Array.from({ length: Math.min(EDGE_LINES, n) }, (_, k) => n - 1 - k).filter((i) => {
    const line = page.lines[i];
    return line !== undefined && line.y > (1 - MARGIN) * page.height && [...Array(EDGE_LINES).keys()].some((k) => n - 1 - k <= i && apart(page, n - 2 - k, n - 1 - k));
  });
  return [...new Set([...top, ...bottom])];
}

/** A page number printed in a margin line: the whole line, or one of its spans ("Nottinghamshire County Council   Page 3"). */
function pageNumberIn(line: PdfLine, whole: boolean): PrintedPageNumber | null {
  const own = readPageNumber(lineText(line));
  if (own && (whole || !/^\d+$/.test(lineText(line).trim()))) return own;
  const spans = line.spans.map((s) => readPageNumber(s.text)).filter((p) => p !== null);
  return line.spans.length > 1 && spans.length === 1 && /page|\//i.test(lineText(line)) ? (spans[0] ?? null) : null;
}

/**
 * Take the running headers and footers off each page, by where they stand (in the top or bottom margin, at the same
 * height on each page) and by repeating over pages (numbers aside). A page number there, whether on a running line or
 * alone on the page's first or last line, is kept as the page's printed number.
 */
export function stripMargins(pages: readonly PdfPage[]): PageBody[] {
  const seen = new Map<string, { page: number; y: number }[]>();
  const edges = pages.map(edgeLines);
  pages.forEach((page, p) => {
    for (const i of edges[p] ?? []) {
      const line = page.lines[i];
      if (line) seen.set(runningKey(line), [...(seen.get(runningKey(line)) ?? []), { page: p, y: line.y }]);
    }
  });
  // A running line stands in the same place on pages next to one another: a report's own header, printed on the
  // first page of each report in a pack, does not.
  const running = (line: PdfLine) => {
    const here = (seen.get(runningKey(line)) ?? []).filter((o) => Math.abs(o.y - line.y) <= SAME_PLACE);
    const pagesOn = new Set(here.map((o) => o.page));
    const besideAnother = [...pagesOn].filter((p) => pagesOn.has(p - 1) || pagesOn.has(p + 1));
    return besideAnother.length >= Math.min(3, pages.length) && besideAnother.length >= 2;
  };
  return pages.map((page, p) => {
    const drop = new Set<number>();
    let pageNumber: PrintedPageNumber | null = null;
    for (const i of edges[p] ?? []) {
      const line = page.lines[i];
      if (!line) continue;
      const outermost = i === 0 || i === page.lines.length - 1;
      const number = pageNumberIn(line, outermost);
      if (running(line) || number) drop.add(i);
      pageNumber ??= number;
    }
    return { lines: page.lines.filter((_, i) => !drop.has(i)), pageNumber };
  });
}
