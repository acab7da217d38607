import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * Each page's text as PDF.js gives it, in the order the PDF draws it, with its items joined by spaces: how PDF-to-text
 * web tools built on PDF.js give a page, all on one line.
 */
export async function pdfjsPages(bytes: Uint8Array): Promise<string[]> {
  const task = getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false });
  const pdf = await task.promise;
  const pages: string[] = [];
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      const words = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
      pages.push(words.replace(/\s+/g, ' ').trim());
    }
  } finally {
    await task.destroy();
  }
  return pages;
}
