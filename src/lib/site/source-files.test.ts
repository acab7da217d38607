import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { listsEachSource, listSourceFiles, listSourceNames, readSourceFile, SOURCES_LISTED_UP_TO } from './source-files.ts';

test('lists text files with their fingerprint, size and lines, and reads them back byte for byte', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sources-'));
  const bytes = Buffer.from('one\r\ntwo „quoted‟\n', 'utf8');
  writeFileSync(join(dir, 'b.txt'), bytes);
  writeFileSync(join(dir, 'a.txt'), 'no newline at end');
  writeFileSync(join(dir, 'notes.md'), 'ignored');
  const files = listSourceFiles(dir);
  expect(files.map((f) => [f.file, f.bytes, f.lines])).toEqual([
    ['a.txt', 17, 1],
    ['b.txt', bytes.length, 2],
  ]);
  expect(listSourceNames(dir)).toEqual(['a.txt', 'b.txt']);
  expect(files[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
  expect(readSourceFile('b.txt', dir).equals(bytes)).toBe(true);
});

test('/about/ lists each source file while there are few, and only counts them in a council-sized archive', () => {
  expect(listsEachSource(5)).toBe(true);
  expect(listsEachSource(SOURCES_LISTED_UP_TO)).toBe(true);
  expect(listsEachSource(SOURCES_LISTED_UP_TO + 1)).toBe(false);
  expect(listsEachSource(2000)).toBe(false);
});
