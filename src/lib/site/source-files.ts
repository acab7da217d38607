import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedSourceName } from './urls.ts';

export { publishedSourceName };

/** The folder of the council's original texts, kept byte for byte, relative to the project root. */
export const SOURCES_DIR = 'sources';

/** One original source file: its name, fingerprint, size and, for a text, its line count. */
export interface SourceFile {
  file: string;
  sha256: string;
  bytes: number;
  /** Lines of a text or web page; null for a PDF, whose lines are its pages' business. */
  lines: number | null;
}

/**
 * The most source files /about/ lists one by one, with their fingerprints and the pages made from each. A council's
 * whole archive (about 950 bytes of page a file: 1.9 MB at 2,000 files) would bury the accessibility statement and
 * privacy notice below it; beyond this, /about/ says how many files there are and where each one's fingerprint is.
 */
export const SOURCES_LISTED_UP_TO = 50;

/** Whether /about/ lists each of `count` source files. */
export function listsEachSource(count: number, upTo: number = SOURCES_LISTED_UP_TO): boolean {
  return count <= upTo;
}

/** The kinds of source file the importer takes: text exports, PDFs, and committee web pages saved as HTML. */
const SOURCE_FILE = /\.(?:txt|pdf|html?)$/i;

/** The names of the original source files under `dir`, sorted. */
export function listSourceNames(dir: string = join(process.cwd(), SOURCES_DIR)): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && SOURCE_FILE.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}


/** The original text files under `dir`, by name, with their sha256, size in bytes and number of lines. */
export function listSourceFiles(dir: string = join(process.cwd(), SOURCES_DIR)): SourceFile[] {
  return listSourceNames(dir).map((file) => {
    const bytes = readFileSync(join(dir, file));
    const text = bytes.toString('utf8');
    const lines = /\.pdf$/i.test(file) ? null : text.length === 0 ? 0 : text.split(/\r\n|\r|\n/).length - (/(\r\n|\r|\n)$/.test(text) ? 1 : 0);
    return { file, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length, lines };
  });
}

/** The bytes of one original text, exactly as kept. */
export function readSourceFile(file: string, dir: string = join(process.cwd(), SOURCES_DIR)): Buffer {
  return readFileSync(join(dir, file));
}
