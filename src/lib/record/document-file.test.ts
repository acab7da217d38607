import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readDocumentBody } from './document-file.ts';

test('reads a document body from its file, without the front matter, and names an entry that has no file', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'document-file-')), 'a.mdx');
  writeFileSync(file, '---\ntitle: STP update\nsha256: abc\n---\n<Para n="1">The STP met.</Para>\n');
  expect(readDocumentBody({ id: 'a', filePath: file })).toBe('<Para n="1">The STP met.</Para>\n');
  expect(() => readDocumentBody({ id: 'b' })).toThrow('content/documents: entry b has no file path to read');
});
