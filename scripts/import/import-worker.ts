/**
 * A worker thread of the import pool (import-pool.ts): it imports the source files it is sent, one at a time, and
 * answers each with the documents and meetings made, or with the reason the file cannot be imported.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { importSource, type ImportOptions } from '../../src/lib/import/import-source.ts';
import { readSource } from '../../src/lib/import/read/read-source.ts';
import { ImportError } from '../../src/lib/import/types.ts';
import type { ImportJob, ImportJobDone } from './import-pool.ts';

const options = workerData as ImportOptions;

parentPort!.on('message', async ({ index, file }: ImportJob) => {
  let done: ImportJobDone;
  try {
    done = { index, ok: true, imported: importSource(await readSource(file), options) };
  } catch (error) {
    done =
      error instanceof ImportError
        ? { index, ok: false, refused: { file: error.file, line: error.line, problem: error.problem, hint: error.hint, page: error.page } }
        : { index, ok: false, crashed: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(done);
});
