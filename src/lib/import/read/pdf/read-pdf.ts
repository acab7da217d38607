import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { joinWrappedDates } from '../text/join-wrapped-dates.ts';
import { layOutPdf } from './layout.ts';
import { buildLines, type PdfItem } from './lines.ts';
import type { PdfPage } from './margins.ts';
import { ImportError, type SourceLine, type SourceText } from '../../types.ts';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

const HINT_OPEN = 'check that the file is a whole PDF that opens in a PDF viewer without a password; if it is protected, save an unprotected copy, or import a text export of the report';
const HINT_SCAN = 'run it through OCR (text recognition) first, or import a text export of the report';

/** PDF.js's own folder: its CMaps and standard fonts are read from here, never fetched. */
const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** A font is bold when its name says so (Arial-BoldMT, Calibri-Bold, Segoe UI Black, …) or PDF.js found it so. */
function boldFonts(page: PDFPageProxy): (fontName: string) => boolean {
  const known = new Map<string, boolean>();
  return (fontName) => {
    let bold = known.get(fontName);
    if (bold === undefined) {
      const font = page.commonObjs.has(fontName) ? (page.commonObjs.get(fontName) as { name?: string; bold?: boolean; black?: boolean } | null) : null;
      bold = font?.bold === true || font?.black === true || /bold|black|heavy/i.test(font?.name ?? '');
      known.set(fontName, bold);
    }
    return bold;
  };
}

/** A page's horizontal text items in page points (y down from the top), with their size and weight. */
async function readPage(pdfjs: PdfJs, doc: PDFDocumentProxy, n: number): Promise<PdfPage & { items: number }> {
  const page = await doc.getPage(n);
  const viewport = page.getViewport({ scale: 1 });
  // The operator list loads the page's fonts, whose names tell which are bold.
  await page.getOperatorList();
  const content = await page.getTextContent();
  const isBold = boldFonts(page);
  const items: PdfItem[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = pdfjs.Util.transform(viewport.transform, (item as TextItem).transform) as number[];
    // Only text set left to right along the page: rotated text is a watermark or a margin note.
    if (a <= 0 || Math.abs(b) > 0.05 * a) continue;
    items.push({ text: item.str, x, y, width: item.width, size: Math.hypot(c, d), bold: isBold(item.fontName) });
  }
  page.cleanup();
  return { height: viewport.height, lines: buildLines(items), items: items.filter((i) => i.text.trim() !== '').length };
}

/** Why PDF.js could not open the file, in a few words. */
function whyNot(error: unknown): string {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'PasswordException') return 'it is protected by a password';
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\.$/, '') || 'unknown error';
}

/**
 * Read a PDF's text layer into numbered lines laid out as the later stages read text: lines rebuilt from the text's
 * positions, paragraphs from the gaps between them, tables' rows as TAB-separated cells, running headers and footers
 * off (page numbers kept as "Page N of M"), and each line's page, left edge, weight and size. A PDF that cannot be
 * opened, or has no text (a scan), is refused by name.
 */
export async function readPdf(bytes: Uint8Array, file: string): Promise<SourceText> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: join(PDFJS_DIR, 'cmaps/'),
    standardFontDataUrl: join(PDFJS_DIR, 'standard_fonts/'),
    disableFontFace: true,
    useSystemFonts: false,
    fontExtraProperties: true,
    // Images are never decoded: only the text is read.
    maxImageSize: 0,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    let doc: PDFDocumentProxy;
    try {
      doc = await task.promise;
    } catch (error) {
      throw new ImportError(file, null, `cannot read this PDF (${whyNot(error)})`, HINT_OPEN);
    }
    const pages: PdfPage[] = [];
    let items = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await readPage(pdfjs, doc, n).catch((error: unknown) => {
        throw new ImportError(file, null, `cannot read this PDF (page ${n}: ${whyNot(error)})`, HINT_OPEN);
      });
      items += page.items;
      pages.push({ height: page.height, lines: page.lines });
    }
    if (items === 0) throw new ImportError(file, null, 'the PDF has no text to read: it is a scanned image', HINT_SCAN);
    const laid = layOutPdf(pages).map((l): SourceLine => {
      const line: SourceLine = { text: l.text, line: 0, page: l.page };
      if (l.x !== undefined) line.x = l.x;
      if (l.bold !== undefined) line.bold = l.bold;
      if (l.size !== undefined) line.size = l.size;
      return line;
    });
    // A date or a range of years the page wrapped ("… Committee 8" over "February 2021") is put back on one line, as
    // the text reader does; then the lines are numbered.
    const lines = joinWrappedDates(laid).map((l, i) => ({ ...l, line: i + 1 }));
    return { file: basename(file), sha256, format: 'pdf', lines };
  } finally {
    await task.destroy();
  }
}
