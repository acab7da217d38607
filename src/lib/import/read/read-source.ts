import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { rebuildLayout } from './text/rebuild-layout.ts';
import { isHtml, readMeetingPage } from './html/read-meeting-page.ts';
import { ImportError, type SourceLine, type SourceText } from '../types.ts';

const HINT_TEXT = 'export the report as plain text (UTF-8) and import that file';

/** Bytes → text: UTF-8 (BOM dropped); UTF-16 when it starts with its BOM; Windows-1252 when the bytes are not valid UTF-8. */
function decodeBytes(bytes: Uint8Array, file: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const line = bytes.subarray(0, nul).filter((b) => b === 0x0a).length + 1;
    throw new ImportError(file, line, 'the file holds a NUL byte, so it is binary, not text', HINT_TEXT);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: text saved by older Windows tools is Windows-1252, where every byte is a character.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * Text → numbered lines, with CRLF and lone CR read as LF; a final line break ends the last line rather than starting
 * one. A form feed (a page break, as pdftotext marks one) ends a paragraph: it becomes a blank line of the same number.
 */
export function splitLines(text: string): SourceLine[] {
  const parts = text.replace(/\r\n?/g, '\n').split('\n');
  if (parts.at(-1) === '') parts.pop();
  return parts.flatMap((text, i) => {
    if (!text.includes('\f')) return [{ text, line: i + 1 }];
    const pieces: string[] = [];
    for (const [k, piece] of text.split('\f').entries()) {
      if (k > 0 && pieces.at(-1) !== '') pieces.push('');
      if (piece !== '') pieces.push(piece);
    }
    return pieces.map((piece) => ({ text: piece, line: i + 1 }));
  });
}

/** Decode a source file's bytes into numbered lines, with the sha256 of the bytes as they are. Refuses empty and binary files by name. */
export function decodeSource(bytes: Uint8Array, file: string): SourceText {
  const text = decodeBytes(bytes, file);
  if (isHtml(file, text)) return readMeetingPage(text, basename(file), createHash('sha256').update(bytes).digest('hex'));
  const lines = rebuildLayout(splitLines(text));
  if (lines.every((l) => l.text.trim() === '')) {
    throw new ImportError(file, null, 'the file is empty', 'check that the export worked and that this is the right file');
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { file: basename(file), sha256, format: 'text', lines };
}

/** A PDF starts with these bytes. */
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d];

/** Read a source file from disk and decode it (a PDF with the PDF reader); a file that is missing or cannot be read is refused by name. */
export async function readSource(path: string): Promise<SourceText> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'this is a folder, not a file' : `cannot read the file (${code ?? 'unknown error'})`;
    throw new ImportError(path, null, problem, 'check the path and that the file is readable');
  }
  // PDF.js is loaded only for a PDF: it takes a second or two to load, in every thread that imports.
  if (PDF_MAGIC.every((b, i) => bytes[i] === b)) return (await import('./pdf/read-pdf.ts')).readPdf(bytes, path);
  return decodeSource(bytes, path);
}
