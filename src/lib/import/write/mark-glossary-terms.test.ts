import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { glossarySchema } from '../../record/glossary.ts';
import { markGlossaryTerms } from './mark-glossary-terms.ts';

const FIXTURES = join(import.meta.dirname, '__fixtures__/mark-glossary-terms');
const glossary = glossarySchema.parse(parseYaml(readFileSync(join(FIXTURES, 'glossary.yaml'), 'utf8')));
const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkStringify);
const parse = (text: string) => processor.parse(text) as Root;
const stringify = (tree: Root) => processor.stringify(tree);

const cases = readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

test.each(cases)('%s', async (name) => {
  const input = readFileSync(join(FIXTURES, name, 'input.mdx'), 'utf8');
  await expect(stringify(markGlossaryTerms(parse(input), glossary))).toMatchFileSnapshot(join(FIXTURES, name, 'expected.mdx'));
});

test('leaves the input tree untouched', () => {
  const tree = parse('The CCG met.');
  const before = JSON.stringify(tree);
  markGlossaryTerms(tree, glossary);
  expect(JSON.stringify(tree)).toBe(before);
});

test('keeps every character of the text, in order', () => {
  const words = ['CCG', 'CCGs', 'ICS', 'ASCH393', 'NHSE/I', 'A&E', 'care', 'the', 'Covid 19', '2016'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 30 }), (picked) => {
      const tree = parse(picked.join(' '));
      expect(toString(markGlossaryTerms(tree, glossary))).toBe(toString(tree));
    }),
  );
});

test('marks each term once per document, whatever its spelling', () => {
  const marked = stringify(markGlossaryTerms(parse('CCGs and a CCG; Covid 19 then COVID.'), glossary));
  expect(marked.match(/<a href/g)).toHaveLength(2);
});
