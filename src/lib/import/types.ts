import type { Root } from 'mdast';
import type { DocumentData, DocumentKind } from '../model/document.ts';

/** One line of a source file, with its 1-based line number in that file. */
export interface SourceLine {
  text: string;
  line: number;
}

/** A source file after reading: decoded, BOM removed, line endings normalised. */
export interface SourceText {
  /** The file's base name, e.g. "000_ff8459ba548c6acb.txt". */
  file: string;
  sha256: string;
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

/** An expected problem with an input: printed as `FILE:LINE: message — hint`, exit 1, no stack trace. */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly problem: string,
    readonly hint: string,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: ${problem} — ${hint}`);
    this.name = 'ImportError';
  }
}
