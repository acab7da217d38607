import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { Nodes } from 'mdast';
import { mdxToJs } from 'satteri';
import { documentKindSchema } from '../../model/document.ts';
import { firstLostWord } from '../body-fidelity.ts';
import { buildBody } from './build-body.ts';
import { readHeaders } from '../header/read-headers.ts';
import { decodeSource } from '../read/read-source.ts';
import { SEEDS, SOURCES } from '../seeds.fixture.ts';
import { splitDocuments } from '../split/split-documents.ts';
import { superscriptToDigits } from './classify-line.ts';
import { writeMdx } from '../write/write-mdx.ts';

const FIXTURES = join(import.meta.dirname, '__fixtures__/build-body');
const cases = readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

/** The body as MDX, with what the front matter reads from it on top. Rewrite the goldens with `npx vitest run -u`. */
function bodyMdx(file: string, kind: string, bytes: Uint8Array) {
  const source = decodeSource(bytes, file);
  const body = buildBody({ file, kind: documentKindSchema.parse(kind), lines: source.lines });
  const { tree, ...read } = body;
  return { source, body, mdx: writeMdx(read, tree) };
}

test.each(cases)('%s', async (name) => {
  const dir = join(FIXTURES, name);
  const kind = readFileSync(join(dir, 'kind'), 'utf8').trim();
  const { source, body, mdx } = bodyMdx('input.txt', kind, readFileSync(join(dir, 'input.txt')));
  await expect(mdx).toMatchFileSnapshot(join(dir, 'expected.mdx'));
  expect(firstLostWord(source.lines, body.tree)).toBeNull();
  expect(() => mdxToJs(mdx)).not.toThrow();
});

/** Every document of every seed: no word lost, MDX that compiles, the same bytes twice. */
const documents = SEEDS.flatMap((file) => {
  const source = decodeSource(readFileSync(join(SOURCES, file)), file);
  return readHeaders(source, splitDocuments(source), {}).map(({ slice, header, id }) => ({ id, file, kind: slice.kind, lines: header.bodyLines }));
});

test.each(documents.map((d) => [d.id, d] as const))('%s: every word kept, compiles, byte-identical on re-run', (_id, doc) => {
  const body = buildBody(doc);
  expect(firstLostWord(doc.lines, body.tree)).toBeNull();
  const mdx = writeMdx({}, body.tree);
  expect(writeMdx({}, buildBody(doc).tree)).toBe(mdx);
  expect(() => mdxToJs(mdx)).not.toThrow();
});

/** The `n` of every element of one name in a tree, in text order. */
function numbersOf(node: Nodes, name: string): string[] {
  const own = (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === name ? [node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'n')?.value as string] : [];
  return 'children' in node ? [...own, ...(node.children as Nodes[]).flatMap((c) => numbersOf(c, name))] : own;
}

test.each(documents.map((d) => [d.id, d] as const))('%s: every note of the source kept under its own number, every reference lands', (_id, doc) => {
  const { tree } = buildBody(doc);
  const notes = numbersOf(tree, 'Footnote');
  const printed = doc.lines.flatMap((l) => /^\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s/u.exec(l.text)?.[1] ?? []).map(superscriptToDigits);
  expect(notes).toEqual([...new Set(printed)]);
  for (const n of numbersOf(tree, 'FootnoteRef')) expect(notes).toContain(n);
});

test('the 2021 pack reads its recommendations, resolutions, papers, contacts and pages', () => {
  const byId = new Map(documents.map((d) => [d.id, buildBody(d)]));
  const item6 = byId.get('2021-02-08-adult-social-care-and-public-health-committee-item-6');
  expect(item6?.recommendations.map((r) => r.anchor)).toEqual(['recommendation-1', 'recommendation-2', 'recommendation-3']);
  const minutes = byId.get('2021-01-11-adult-social-care-and-public-health-committee-minutes');
  const refs = minutes?.tree.children.flatMap((n) => (n.type === 'mdxJsxFlowElement' && n.name === 'Resolution' ? [n.attributes[0]?.type === 'mdxJsxAttribute' ? n.attributes[0].value : null] : []));
  expect(refs).toEqual(['2021/001', '2021/002', '2021/003', '2021/004', '2021/005', '2021/006', '2021/007']);
  expect(byId.get('2021-02-08-adult-social-care-and-public-health-committee-item-6-appendix-1')?.pages).toEqual([43, 69]);
});
