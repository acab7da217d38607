/**
 * The import derives the decision record from the trees it has just written (no second parse); `npm run derive`
 * parses the MDX files. Both must give the same record.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { expect, test } from 'vitest';
import { deriveRecord } from '../../src/lib/import/record/derive-record.ts';
import { parseRecordSource, type RecordSource } from '../../src/lib/import/record/source.ts';
import { importSource } from '../../src/lib/import/import-source.ts';
import { readSource } from '../../src/lib/import/read/read-source.ts';
import { glossarySchema } from '../../src/lib/record/glossary.ts';

const ROOT = join(import.meta.dirname, '../..');

test('the record from the imported trees equals the record from the MDX files', async () => {
  const glossary = glossarySchema.parse(parseYaml(readFileSync(join(ROOT, 'content/glossary.yaml'), 'utf8')));
  const fromFiles: RecordSource[] = [];
  const fromTrees: RecordSource[] = [];
  for (const file of readdirSync(join(ROOT, 'sources')).sort()) {
    for (const doc of importSource(await readSource(join(ROOT, 'sources', file)), { glossary }).documents) {
      const path = `content/documents/${doc.id}.mdx`;
      fromFiles.push(parseRecordSource(path, doc.id, doc.mdx));
      fromTrees.push({ id: doc.id, file: path, data: doc.data, tree: doc.tree });
    }
  }
  const a = deriveRecord(fromFiles);
  const b = deriveRecord(fromTrees);
  expect(b.decisions).toEqual(a.decisions);
  expect(b.citedDocuments).toEqual(a.citedDocuments);
});
