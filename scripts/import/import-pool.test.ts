import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { glossarySchema } from '../../src/lib/record/glossary.ts';
import { ImportError } from '../../src/lib/import/types.ts';
import { importSourceFiles, workersFor } from './import-pool.ts';

const ROOT = join(import.meta.dirname, '../..');
const SEEDS = readdirSync(join(ROOT, 'sources'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => join(ROOT, 'sources', f));
const options = { glossary: glossarySchema.parse(parseYaml(readFileSync(join(ROOT, 'content/glossary.yaml'), 'utf8'))) };

describe('workersFor', () => {
  test('a few files run in this thread; a large import gets a worker per core', () => {
    expect(workersFor(1, 2)).toBe(0);
    expect(workersFor(99, 8)).toBe(0);
    expect(workersFor(100, 2)).toBe(2);
    expect(workersFor(2000, 2)).toBe(2);
    expect(workersFor(2000, 1)).toBe(0);
    expect(workersFor(260, 8)).toBe(5);
    expect(workersFor(2000, 64)).toBe(40);
  });
});

describe('importSourceFiles', () => {
  test('in worker threads, each file makes exactly what it makes in this thread, in the order given', async () => {
    const files = [...SEEDS, ...SEEDS.slice(0, 2)];
    const here = await importSourceFiles(files, options, 0);
    const inWorkers = await importSourceFiles(files, options, 2);
    expect(inWorkers.map((r) => r.documents.map((d) => d.id))).toEqual(here.map((r) => r.documents.map((d) => d.id)));
    expect(inWorkers).toEqual(here);
  }, 60_000);

  test('a file that cannot be imported stops the import with its own error, the first in order, from a worker too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-pool-'));
    const empty = join(dir, 'empty.txt');
    const binary = join(dir, 'binary.txt');
    writeFileSync(empty, '\n\n');
    writeFileSync(binary, Buffer.from([0x41, 0x0a, 0x00, 0x42]));
    for (const workers of [0, 2]) {
      const failed = importSourceFiles([SEEDS[0]!, empty, SEEDS[1]!, binary], options, workers);
      await expect(failed).rejects.toBeInstanceOf(ImportError);
      await expect(failed).rejects.toThrow(/empty\.txt: the file is empty — /);
    }
  }, 60_000);
});
