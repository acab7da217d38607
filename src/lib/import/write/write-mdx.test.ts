import fc from 'fast-check';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { mdxToJs } from 'satteri';
import { unified } from 'unified';
import { expect, test } from 'vitest';
import { treeText } from '../body-fidelity.ts';
import { writeMdx } from './write-mdx.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const body = (mdx: string) => mdx.slice(mdx.indexOf('---\n', 4) + 4);
const words = (tree: Root) => treeText(tree).replace(/\s+/g, ' ').trim();

/** A body with the same text in a heading, a numbered paragraph, a list item and a table cell. */
function treeOf(text: string): Root {
  const phrasing = [{ type: 'text' as const, value: text }];
  return {
    type: 'root',
    children: [
      { type: 'heading', depth: 2, children: phrasing },
      { type: 'mdxJsxFlowElement', name: 'Para', attributes: [{ type: 'mdxJsxAttribute', name: 'n', value: '1.13' }], children: [{ type: 'paragraph', children: phrasing }, { type: 'list', ordered: false, spread: false, children: [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: phrasing }] }] }] },
      { type: 'table', align: [null], children: [{ type: 'tableRow', children: [{ type: 'tableCell', children: [{ type: 'text', value: 'Head' }] }] }, { type: 'tableRow', children: [{ type: 'tableCell', children: phrasing }] }] },
    ],
  };
}

test('front matter keeps the key order, quotes dates and keeps numbers-as-strings strings', () => {
  const mdx = writeMdx({ kind: 'report', date: '2021-02-08', agendaItem: '4', meeting: { body: 'A: B', date: '2021-01-11' }, pages: [43, 69], parent: null }, { type: 'root', children: [] });
  expect(mdx).toBe('---\nkind: report\ndate: "2021-02-08"\nagendaItem: "4"\nmeeting:\n  body: "A: B"\n  date: "2021-01-11"\npages: [43, 69]\nparent: null\n---\n\n');
});

const TRICKY = ['import x from "y"', 'export const a = 1', '{#id}', '{x}', '<b>', '</div>', '<Para n="2">', '&amp;', '*', '_', '**', '[a](b)', '# h', '1.', '- ', '|', '\\', '`', '~~', '<!-- c -->', '$x$', 'word', ' ', 'Page 4 of 9', '¹', '“quote”'];

test('whatever the text holds, the MDX parses back to the same text and compiles', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...TRICKY), { minLength: 1, maxLength: 8 }), (parts) => {
      const text = parts.join(' ').trim() || 'x';
      const tree = treeOf(text);
      const mdx = writeMdx({ title: text }, tree);
      const parsed = parser.parse(body(mdx)) as Root;
      expect(words(parsed)).toBe(words(tree));
      expect(() => mdxToJs(mdx)).not.toThrow();
    }),
    { numRuns: 150 },
  );
});

test('writing twice gives the same bytes', () => {
  const tree = treeOf('Section 100D {of} the <Local> Government Act 1972');
  expect(writeMdx({ a: 1 }, tree)).toBe(writeMdx({ a: 1 }, structuredClone(tree)));
});
