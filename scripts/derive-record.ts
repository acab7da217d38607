/**
 * npm run derive
 *
 * Derives the decision record from the held documents: reads content/documents/*.mdx and the reviewed
 * content/editorial/decisions.yaml, writes content/decisions.json and content/cited-documents.json (each atomically,
 * byte-identical on a re-run). Problems are printed as `FILE:LINE: problem — what to do`.
 */
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deriveRecord, type DerivedRecord } from '../src/lib/import/record/derive-record.ts';
import { parseRecordSource, type RecordSource } from '../src/lib/import/record/source.ts';
import { parseEditorial } from '../src/lib/import/record/merge-editorial.ts';
import { ImportError } from '../src/lib/import/types.ts';

export interface DeriveFilesResult {
  record: DerivedRecord;
  /** The files written, and whether each changed. */
  written: { path: string; changed: boolean }[];
  /** One line for a command's output: the counts by kind. */
  summary: string;
}

/** ", 1 cited paper held (its page forwards to the document)" where the archive holds papers it cites. */
function heldNow(record: DerivedRecord): string {
  const held = record.citedDocuments.filter((c) => c.heldAs).length;
  return held === 0 ? '' : `, ${held} cited ${held === 1 ? 'paper' : 'papers'} held (${held === 1 ? 'its page forwards' : 'their pages forward'} to the document)`;
}

/** "; 228 retellings merged (38 entries recorded by more than one paper)" where papers retell one event. */
function mergedNow(record: DerivedRecord): string {
  const merged = record.decisions.reduce((n, d) => n + (d.mergedIds?.length ?? 0), 0);
  const witnessed = record.decisions.filter((d) => d.sources).length;
  return merged === 0 ? '' : `; ${merged} ${merged === 1 ? 'retelling' : 'retellings'} merged (${witnessed} ${witnessed === 1 ? 'entry' : 'entries'} recorded by more than one paper)`;
}

/** "Decision record: 7 resolved, 25 recommended, … ; 10 papers cited but not held." */
export function summarise(record: DerivedRecord): string {
  const count = (evidence: string) => record.decisions.filter((d) => d.evidence === evidence).length;
  return `Decision record: ${count('resolved')} resolved, ${count('recommended')} recommended, ${count('recorded')} recorded, ${count('milestone')} milestones${mergedNow(record)}; ${record.citedDocuments.filter((c) => !c.heldAs).length} papers cited but not held${heldNow(record)}.`;
}

/** The two generated files of the record, as their paths and text. */
export interface RecordFile {
  path: string;
  text: string;
}

/**
 * Derive the record in memory from the documents and the editorial file in contentDir, and give the files to write.
 * `fresh` (documents just imported, by id) overrides what is on disk, so an import can derive the record before
 * writing anything, without parsing again the MDX it has just made.
 */
export function deriveRecordInMemory(contentDir: string, fresh: ReadonlyMap<string, RecordSource> = new Map()): { record: DerivedRecord; files: RecordFile[]; summary: string } {
  const shown = (path: string) => relative(process.cwd(), path) || path;
  const dir = join(contentDir, 'documents');
  // Documents on disk are parsed; those just imported come as the trees they were written from (no parse).
  const onDisk = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.mdx') && !fresh.has(basename(n, '.mdx'))) : [];
  const sources = [
    ...onDisk.map((name) => parseRecordSource(shown(join(dir, name)), basename(name, '.mdx'), readFileSync(join(dir, name), 'utf8'))),
    ...fresh.values(),
  ].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const editorialPath = join(contentDir, 'editorial', 'decisions.yaml');
  const editorial = existsSync(editorialPath)
    ? { file: shown(editorialPath), entries: parseEditorial(shown(editorialPath), readFileSync(editorialPath, 'utf8')) }
    : undefined;
  const record = deriveRecord(sources, editorial);
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const files = [
    { path: join(contentDir, 'decisions.json'), text: json(record.decisions) },
    { path: join(contentDir, 'cited-documents.json'), text: json(record.citedDocuments) },
  ];
  return { record, files, summary: summarise(record) };
}

function writeAtomically(path: string, text: string): boolean {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, path);
  return true;
}

/** Derive the record from `<contentDir>/documents/*.mdx` (+ `<contentDir>/editorial/decisions.yaml`) and write it into contentDir. */
export function deriveRecordFiles(contentDir: string): DeriveFilesResult {
  const { record, files, summary } = deriveRecordInMemory(contentDir);
  const written = files.map(({ path, text }) => ({ path, changed: writeAtomically(path, text) }));
  return { record, written, summary };
}

function main(): void {
  const { record, written, summary } = deriveRecordFiles(join(process.cwd(), 'content'));
  for (const w of written) console.log(`  ${w.changed ? 'wrote    ' : 'unchanged'} ${relative(process.cwd(), w.path)}`);
  console.log(summary);
  if (record.undated.length > 0) {
    console.log(`Not dated (a body decided something, but the text gives no date; add it in content/editorial/decisions.yaml if known):`);
    for (const u of record.undated) console.log(`  ${u.file}:${u.line} (#${u.anchor}): ${u.sentence}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    main();
  } catch (error) {
    if (error instanceof ImportError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
