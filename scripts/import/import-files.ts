import { readFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { glossarySchema, type GlossaryTerm } from '../../src/lib/record/glossary.ts';
import type { ImportedDocument } from '../../src/lib/import/import-source.ts';
import { isIsoDate } from '../../src/lib/import/header/parse-date.ts';
import { ImportError } from '../../src/lib/import/types.ts';
import { writeFilesAtomically, type FileToWrite } from '../../src/lib/import/write/write-files.ts';
import { deriveRecordInMemory } from '../derive-record.ts';
import type { RecordSource } from '../../src/lib/import/record/source.ts';
import type { MeetingData } from '../../src/lib/model/meeting.ts';
import { meetingFileSlug, mergeMeeting } from '../../src/lib/import/header/read-meeting-details.ts';
import { readMeeting, writeMeeting } from '../../src/lib/import/write/write-meeting.ts';
import { importSourceFiles } from './import-pool.ts';

/** A mistake in how the command was called, rather than in a file. */
export class ImportUsageError extends Error {}

export interface ImportRequest {
  files: readonly string[];
  /** Where to write the documents; by default the project's content/documents/, with sources/, the meetings and the record kept too. */
  out?: string | undefined;
  date?: string | undefined;
  root: string;
  /** Read and check only: nothing is written (`--check`). */
  check?: boolean | undefined;
  /** Worker threads to import with; by default one per core for a large import, none for a small one (import-pool.ts). */
  workers?: number | undefined;
}

export interface ImportResult {
  documents: { id: string; path: string; changed: boolean }[];
  /** What each file makes, in order: with `check`, what it would make. */
  made: { file: string; doc: ImportedDocument }[];
  /** The decision record's counts, when it was re-derived (importing into the project). */
  record: string | null;
}

async function loadGlossary(root: string): Promise<GlossaryTerm[]> {
  const file = join(root, 'content/glossary.yaml');
  const parsed = glossarySchema.safeParse(parseYaml(await readFile(file, 'utf8')));
  if (!parsed.success) throw new ImportError('content/glossary.yaml', null, `not a valid glossary: ${parsed.error.issues[0]?.message ?? 'unknown problem'}`, 'fix the entry it names');
  return parsed.data;
}

/** A document just imported as the record stages read it: its front matter and the tree its MDX was written from. */
function recordSourceOf(doc: ImportedDocument, path: string): RecordSource {
  return { id: doc.id, file: relative(process.cwd(), path), data: doc.data, tree: doc.tree };
}

/** A file per meeting, with what is already on file kept where the new papers say nothing more. */
async function meetingsToWrite(dir: string, found: readonly MeetingData[]): Promise<FileToWrite[]> {
  const merged = new Map<string, MeetingData>();
  for (const meeting of found) {
    const slug = meetingFileSlug(meeting);
    const path = join(dir, `${slug}.yaml`);
    const onFile = merged.get(slug) ?? (await readFile(path, 'utf8').then(readMeeting, () => null));
    merged.set(slug, mergeMeeting(onFile, meeting));
  }
  return [...merged].map(([slug, meeting]) => ({ path: join(dir, `${slug}.yaml`), content: writeMeeting(meeting) }));
}

/** The PDF page a document starts on, which names it in a message; null for a text, named by its line. */
const pageOf = (doc: ImportedDocument) => (/\.pdf$/i.test(doc.data.source.file) ? (doc.data.source.pages?.[0] ?? null) : null);

/** The source file a document already in the content folder was made from, if any. */
async function existingSourceOf(path: string): Promise<string | null> {
  const text = await readFile(path, 'utf8').catch(() => null);
  return text === null ? null : (/\n\s*file: "?([^"\s,}]+)/.exec(text)?.[1] ?? null);
}

/**
 * Import source files: read and import them all in memory, check that no two documents share an id and that no
 * document made from another source would be overwritten, then write everything at once. An error anywhere means
 * nothing is written; with `check`, nothing is written either way.
 */
export async function importFiles(request: ImportRequest): Promise<ImportResult> {
  if (request.files.length === 0) throw new ImportUsageError('no files to import');
  if (request.date !== undefined && !isIsoDate(request.date)) throw new ImportUsageError(`--date ${request.date}: not a real date as YYYY-MM-DD`);
  const intoProject = request.out === undefined;
  const outDir = resolve(request.root, request.out ?? 'content/documents');
  const glossary = await loadGlossary(request.root);

  const made: { file: string; doc: ImportedDocument }[] = [];
  const meetings: MeetingData[] = [];
  const sources: FileToWrite[] = [];
  const imported = await importSourceFiles(request.files, { date: request.date, glossary }, request.workers);
  for (const [i, file] of request.files.entries()) {
    for (const doc of imported[i]?.documents ?? []) made.push({ file, doc });
    meetings.push(...(imported[i]?.meetings ?? []));
    if (intoProject) sources.push({ path: join(request.root, 'sources', basename(file)), content: await readFile(file) });
  }

  const seen = new Map<string, string>();
  for (const { file, doc } of made) {
    const other = seen.get(doc.id);
    if (other !== undefined) {
      throw new ImportError(file, doc.data.source.lines[0], `makes document "${doc.id}", as ${other === file ? 'another document in the same file' : other} does`, 'check the agenda item and date in both headers', pageOf(doc));
    }
    seen.set(doc.id, file);
    const existing = await existingSourceOf(join(outDir, `${doc.id}.mdx`));
    if (existing !== null && existing !== doc.data.source.file) {
      throw new ImportError(file, doc.data.source.lines[0], `would replace document "${doc.id}", which was made from ${existing}`, 'check the agenda item and date in the header; to replace that document on purpose, delete its .mdx file first', pageOf(doc));
    }
  }
  for (const source of sources) {
    const existing = await readFile(source.path).catch(() => null);
    if (existing !== null && !existing.equals(Buffer.from(source.content))) {
      throw new ImportError(source.path, null, 'a different file of this name is already kept in sources/', 'give the new source file a name of its own');
    }
  }

  const documents: FileToWrite[] = made.map(({ doc }) => ({ path: join(outDir, `${doc.id}.mdx`), content: doc.mdx }));
  if (request.check) return { documents: made.map(({ doc }, i) => ({ id: doc.id, path: documents[i]?.path ?? '', changed: false })), made, record: null };
  // Into the project, the decision record is derived from all documents, old and new, before anything is written.
  const derived = intoProject ? deriveRecordInMemory(join(request.root, 'content'), new Map(made.map(({ doc }) => [doc.id, recordSourceOf(doc, join(outDir, `${doc.id}.mdx`))]))) : null;
  const recordFiles: FileToWrite[] = derived?.files.map((f) => ({ path: f.path, content: f.text })) ?? [];
  const meetingFiles = intoProject ? await meetingsToWrite(join(request.root, 'content/meetings'), meetings) : [];
  const { written } = await writeFilesAtomically([...documents, ...sources, ...meetingFiles, ...recordFiles]);
  const changed = new Set(written);
  return {
    documents: made.map(({ doc }, i) => ({ id: doc.id, path: documents[i]?.path ?? '', changed: changed.has(documents[i]?.path ?? '') })),
    made,
    record: derived?.summary ?? null,
  };
}
