import type { Root } from 'mdast';
import { expect, test } from 'vitest';
import { caseHeadings } from './case-headings.ts';
import { learnCase } from '../text-case.ts';

const guide = learnCase('The Contain Outbreak Management Fund was set up by the NHS in the pandemic.');
const heading = (value: string): Root => ({ type: 'root', children: [{ type: 'heading', depth: 2, children: [{ type: 'text', value }] }] });
const text = (tree: Root) => JSON.stringify(tree.children[0]);

test('a heading in capitals goes to sentence case, keeping its number, names and abbreviations', () => {
  expect(text(caseHeadings(heading('5. CONTAIN OUTBREAK MANAGEMENT FUND'), guide))).toContain('"5. Contain Outbreak Management Fund"');
  expect(text(caseHeadings(heading('8. TEMPORARY POSTS FUNDED BY THE NHS DURING THE PANDEMIC'), guide))).toContain('"8. Temporary posts funded by the NHS during the pandemic"');
});

test('a heading with lower-case letters is left as printed', () => {
  expect(caseHeadings(heading('Purpose of the Report'), guide)).toEqual(heading('Purpose of the Report'));
});
