import type { Root } from 'mdast';
import type { DocumentData, DocumentKind } from '../model/document.ts';

/**
 * One line of a source, the model every reader fills (read/): its text and 1-based line number, and where the format
 * knows them, the page it stands on and how it is set. The stages after read/ never ask which format a line came from.
 */
export interface SourceLine {
  text: string;
  /** The line's number in the text the importer read: a text file's own line, a PDF's or web page's rebuilt line. */
  line: number;
  /** The page of the source it stands on (a PDF's page; a text file's where its footers show it). */
  page?: number;
  /** Left edge, in points from the page's edge (a PDF). */
  x?: number;
  /** Set in bold (a PDF's font, a web page's heading or strong text). */
  bold?: boolean;
  /** Font size in points (a PDF). */
  size?: number;
}

/** The formats a source can come in; each has its reader in read/. */
export type SourceFormat = 'text' | 'pdf' | 'html';

/** A source file after reading: decoded, BOM removed, line endings normalised, lines rebuilt where the format needs it. */
export interface SourceText {
  /** The file's base name, e.g. "000_ff8459ba548c6acb.txt". */
  file: string;
  sha256: string;
  format: SourceFormat;
  lines: SourceLine[];
}

/** One document found inside a source file (a pack holds several). */
export interface DocumentSlice {
  kind: DocumentKind;
  lines: SourceLine[];
  /** For an appendix: its number or letter as printed ("1", "2", "A"). */
  appendix: string | null;
  /** For an appendix: the index, within the same split result, of the report it belongs to. */
  parentIndex: number | null;
}

/** What the body stages (clean + structure) make of a document's body lines. */
export interface BodyResult {
  tree: Root;
  recommendations: DocumentData['recommendations'];
  backgroundPapers: DocumentData['backgroundPapers'];
  contacts: DocumentData['contacts'];
  /** First and last printed page number seen in footers, if any. */
  pages: [number, number] | null;
}

/**
 * An expected problem with an input: printed as `FILE:LINE: message — hint` (for a PDF, `FILE, page N: …`, its
 * rebuilt lines being no one's to count), exit 1, no stack trace.
 */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly problem: string,
    readonly hint: string,
    readonly page: number | null = null,
  ) {
    super(`${file}${page !== null ? `, page ${page}` : line === null ? '' : `:${line}`}: ${problem} — ${hint}`);
    this.name = 'ImportError';
  }
}
