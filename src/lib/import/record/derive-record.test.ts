import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decisionSchema, citedDocumentSchema } from '../../model/decision.ts';
import { deriveRecord } from './derive-record.ts';
import { parseRecordSource, type RecordSource } from './source.ts';
import { parseEditorial } from './merge-editorial.ts';

const FIXTURES = join(import.meta.dirname, '__fixtures__', 'derive-record');

function readCase(dir: string): { sources: RecordSource[]; editorial: ReturnType<typeof parseEditorial> | null } {
  const docs = join(dir, 'documents');
  const sources = readdirSync(docs)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => parseRecordSource(`documents/${f}`, basename(f, '.mdx'), readFileSync(join(docs, f), 'utf8')));
  const editorialFile = join(dir, 'editorial.yaml');
  const editorial = existsSync(editorialFile) ? parseEditorial('editorial.yaml', readFileSync(editorialFile, 'utf8')) : null;
  return { sources, editorial };
}

describe('derive-record golden files', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    test(name.replace(/-/g, ' '), () => {
      const dir = join(FIXTURES, name);
      const { sources, editorial } = readCase(dir);
      const record = deriveRecord(sources, editorial ? { file: 'editorial.yaml', entries: editorial } : undefined);
      for (const d of record.decisions) expect(decisionSchema.parse(d)).toEqual(d);
      for (const c of record.citedDocuments) expect(citedDocumentSchema.parse(c)).toEqual(c);
      const actual = `${JSON.stringify(record, null, 2)}\n`;
      const expectedFile = join(dir, 'expected.json');
      if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(expectedFile)) writeFileSync(expectedFile, actual);
      expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }
});

describe('deriveRecord', () => {
  test('gives the same record whatever order the documents come in', () => {
    const { sources } = readCase(join(FIXTURES, 'recorded-decisions-dated-to-day-month-or-by-the-one-before'));
    expect(deriveRecord([...sources].reverse())).toEqual(deriveRecord(sources));
  });

  test('no entry claims an outcome: a recommendation is resolved only by a held resolution', () => {
    for (const name of readdirSync(FIXTURES)) {
      const { sources } = readCase(join(FIXTURES, name));
      const record = deriveRecord(sources);
      const resolved = new Set(record.decisions.filter((d) => d.evidence === 'resolved').map((d) => d.id));
      for (const d of record.decisions) if (d.resolvedBy) expect(resolved.has(d.resolvedBy)).toBe(true);
    }
  });
});
