import type { DocumentData } from '../model/document.ts';
import { sourcePath } from './urls.ts';

/** How a document page names and links its source file: a PDF by page, a text by line. */
export interface SourceLink {
  href: string;
  /** The file's media type, for the link's `type`. */
  type: string;
  /** What the file is, in words: "PDF", "plain text". */
  format: string;
  /** Where in the file the document lies: "pages 3 to 7 of the PDF", "lines 188 to 431". */
  where: string;
}

const number = (n: number) => n.toLocaleString('en-GB');
const span = (unit: string, [first, last]: readonly [number, number]) => (first === last ? `${unit} ${number(first)}` : `${unit}s ${number(first)} to ${number(last)}`);

/** Whether a source file is a PDF, by its name. */
export const isPdfSource = (file: string) => /\.pdf$/i.test(file);

/**
 * The link to a document's source: for a PDF, to the page the document starts on (`#page=3`, which browsers' PDF
 * viewers open at), named by its pages; for a text, named by its lines.
 */
export function sourceLink(source: DocumentData['source']): SourceLink {
  if (isPdfSource(source.file)) {
    const pages = source.pages ?? [1, 1];
    return { href: `${sourcePath(source.file)}#page=${pages[0]}`, type: 'application/pdf', format: 'PDF', where: `${span('page', pages)} of the PDF` };
  }
  return { href: sourcePath(source.file), type: 'text/plain', format: 'plain text', where: span('line', source.lines) };
}
