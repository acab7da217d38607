/**
 * Importing many source files on every core. Each file's import is independent of the others (importSource is pure),
 * so a large import (the scale bench's 2,000 reports) is shared among worker threads, one per core; a small one, the
 * usual few new reports, runs here, as starting the workers would cost more than it saves.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { importSource, type ImportedDocument, type ImportOptions } from '../../src/lib/import/import-source.ts';
import { readSource } from '../../src/lib/import/read/read-source.ts';
import { ImportError } from '../../src/lib/import/types.ts';
import type { MeetingData } from '../../src/lib/model/meeting.ts';

/** What one source file makes. */
export interface ImportedSource {
  documents: ImportedDocument[];
  meetings: MeetingData[];
}

/** A file for a worker, by its place in the list. */
export interface ImportJob {
  index: number;
  file: string;
}

/** A worker's answer: the file imported, refused (an ImportError: the file's fault), or crashed (the importer's). */
export type ImportJobDone =
  | { index: number; ok: true; imported: ImportedSource }
  | { index: number; ok: false; refused: { file: string; line: number | null; problem: string; hint: string; page: number | null } }
  | { index: number; ok: false; crashed: string };

/** Files each worker should have at least: a worker takes about a second to start, a file about 20 ms to import. */
export const FILES_PER_WORKER = 50;

/**
 * How many worker threads an import of `fileCount` files uses: one per core, with FILES_PER_WORKER files each at
 * least, and none (it runs in this thread) when that would be fewer than two.
 */
export function workersFor(fileCount: number, cores: number = availableParallelism()): number {
  const workers = Math.min(cores, Math.floor(fileCount / FILES_PER_WORKER));
  return workers >= 2 ? workers : 0;
}

const WORKER = new URL('./import-worker.ts', import.meta.url);
// Workers load TypeScript the way the command does, wherever the import was started from.
const TSX = import.meta.resolve('tsx');

function errorOf(done: Exclude<ImportJobDone, { ok: true }>, file: string): Error {
  if ('refused' in done) return new ImportError(done.refused.file, done.refused.line, done.refused.problem, done.refused.hint, done.refused.page);
  return new Error(`the importer failed on ${file}:\n${done.crashed}`);
}

function importInWorkers(files: readonly string[], options: ImportOptions, workers: number): Promise<ImportedSource[]> {
  return new Promise((resolve, reject) => {
    const results: ImportedSource[] = new Array<ImportedSource>(files.length);
    const failures = new Map<number, Error>();
    let next = 0;
    let running = 0;
    const pool = Array.from({ length: workers }, () => new Worker(WORKER, { workerData: options, execArgv: ['--import', TSX] }));
    const stop = (): Promise<unknown> => Promise.all(pool.map((w) => w.terminate()));
    // Files are handed out in order, and after a failure no more are: so once the running ones are done, every file
    // before the first failure has been imported, and the error reported is the one a one-by-one import would give.
    const feed = (worker: Worker): void => {
      const file = files[next];
      if (failures.size === 0 && file !== undefined) {
        worker.postMessage({ index: next, file } satisfies ImportJob);
        next += 1;
        running += 1;
      } else if (running === 0) {
        void stop().then(() => (failures.size > 0 ? reject(failures.get(Math.min(...failures.keys()))) : resolve(results)));
      }
    };
    for (const worker of pool) {
      worker.on('message', (done: ImportJobDone) => {
        running -= 1;
        if (done.ok) results[done.index] = done.imported;
        else failures.set(done.index, errorOf(done, files[done.index] ?? ''));
        feed(worker);
      });
      worker.on('error', (error) => void stop().then(() => reject(error)));
      feed(worker);
    }
  });
}

/**
 * Import every file (importSource), in `workers` worker threads (by default as workersFor says), and give what
 * each made, in the order of `files`. The first file, in that order, that cannot be imported stops it with its
 * ImportError.
 */
export async function importSourceFiles(files: readonly string[], options: ImportOptions, workers: number = workersFor(files.length)): Promise<ImportedSource[]> {
  if (workers > 0) return importInWorkers(files, options, workers);
  const results: ImportedSource[] = [];
  for (const file of files) results.push(importSource(await readSource(file), options));
  return results;
}
