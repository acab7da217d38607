import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readSource } from '../read/read-source.ts';
import { splitDocuments } from './split-documents.ts';
import { SEEDS, SOURCES } from '../seeds.fixture.ts';
import { ImportError } from '../types.ts';

const FIXTURES = join(import.meta.dirname, '__fixtures__/split-documents');

test.each(SEEDS)('%s splits into its documents', async (seed) => {
  const slices = splitDocuments(await readSource(join(SOURCES, seed)));
  const summary = slices.map((s) => ({ kind: s.kind, appendix: s.appendix, parentIndex: s.parentIndex, lines: [s.lines[0]?.line, s.lines.at(-1)?.line], starts: s.lines[0]?.text }));
  await expect(`${JSON.stringify(summary, null, 2)}\n`).toMatchFileSnapshot(join(FIXTURES, seed.replace(/\.txt$/, '.json')));
});

test('the 8 February 2021 pack is its agenda, the minutes of 11 January, reports 4 to 9 and report 6’s two appendices', async () => {
  const slices = splitDocuments(await readSource(join(SOURCES, '003_eed2e8c921d033d5.txt')));
  expect(slices.map((s) => s.kind + (s.appendix ? ` ${s.appendix}` : ''))).toEqual(['agenda', 'minutes', 'report', 'report', 'report', 'appendix 1', 'appendix 2', 'report', 'report', 'report']);
  expect(slices[5]?.parentIndex).toBe(4);
});

test('text above the first header is refused with its line', () => {
  const lines = ['Draft - not for publication', '', 'Report to Policy Committee', '20 April 2016', 'Agenda Item: 7'].map((text, i) => ({ text, line: i + 1 }));
  expect(() => splitDocuments({ file: 'draft.txt', sha256: '0'.repeat(64), format: 'text', lines })).toThrow(ImportError);
  expect(() => splitDocuments({ file: 'draft.txt', sha256: '0'.repeat(64), format: 'text', lines })).toThrow(/^draft\.txt:1: text above the first document header/);
});
