import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { importSource } from '../../src/lib/import/import-source.ts';
import { decodeSource } from '../../src/lib/import/read/read-source.ts';
import { glossarySchema } from '../../src/lib/record/glossary.ts';
import { describeImport } from './describe-documents.ts';

const ROOT = join(import.meta.dirname, '../..');
const glossary = glossarySchema.parse(parseYaml(readFileSync(join(ROOT, 'content/glossary.yaml'), 'utf8')));

test('--check describes each document a file would make: kind, id, meeting, item, title, counts, source, warnings', () => {
  const file = '000_ff8459ba548c6acb.txt';
  const { documents } = importSource(decodeSource(readFileSync(join(ROOT, 'sources', file)), file), { glossary });
  expect(describeImport(documents.map((doc) => ({ file: `sources/${file}`, doc })), [`sources/${file}`])).toMatchInlineSnapshot(`
    [
      "sources/000_ff8459ba548c6acb.txt: 1 document",
      "  report   2016-04-20-policy-committee-item-7",
      "           Policy Committee, 20 April 2016, item 7",
      "           "Update on progress with arrangements to integrate health and social care in Mid-Nottinghamshire"",
      "           51 numbered paragraphs · 3 recommendations · 0 resolutions · reference ASCH393 · source lines 1–483",
    ]
  `);
});
