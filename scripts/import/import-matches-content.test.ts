/**
 * The end-to-end golden test of the importer: re-importing every source in sources/ gives exactly the MDX committed
 * under content/documents/, byte for byte, and no document there is left over from a source that no longer makes it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { expect, test } from 'vitest';
import { importSource } from '../../src/lib/import/import-source.ts';
import { readSource } from '../../src/lib/import/read-source.ts';
import { glossarySchema } from '../../src/lib/record/glossary.ts';

const ROOT = join(import.meta.dirname, '../..');
const CONTENT = join(ROOT, 'content/documents');
const SOURCES = readdirSync(join(ROOT, 'sources')).filter((f) => f.endsWith('.txt')).sort();
const glossary = glossarySchema.parse(parseYaml(readFileSync(join(ROOT, 'content/glossary.yaml'), 'utf8')));

const madeFrom = (file: string) =>
  readdirSync(CONTENT)
    .filter((f) => f.endsWith('.mdx'))
    .filter((f) => new RegExp(`\\n\\s*file: "?${file.replace(/\./g, '\\.')}"?[,\\s}]`).test(readFileSync(join(CONTENT, f), 'utf8')))
    .sort();

test.each(SOURCES)('%s: re-importing gives the committed content, byte for byte', async (file) => {
  const documents = importSource(await readSource(join(ROOT, 'sources', file)), { glossary });
  expect(documents.map((d) => `${d.id}.mdx`).sort()).toEqual(madeFrom(file));
  for (const doc of documents) expect(doc.mdx, `content/documents/${doc.id}.mdx`).toBe(readFileSync(join(CONTENT, `${doc.id}.mdx`), 'utf8'));
});

test('importing twice gives the same bytes', async () => {
  const source = await readSource(join(ROOT, 'sources', SOURCES.at(-1) ?? ''));
  expect(importSource(source, { glossary }).map((d) => d.mdx)).toEqual(importSource(source, { glossary }).map((d) => d.mdx));
});

test('every document in content/ comes from a source in sources/', () => {
  const fromSources = new Set(SOURCES.flatMap(madeFrom));
  expect(readdirSync(CONTENT).filter((f) => f.endsWith('.mdx') && !fromSources.has(f))).toEqual([]);
});
