import type { Root } from 'mdast';
import { expect, test } from 'vitest';
import { countParts } from './count-parts.ts';

const para = (n: string) => ({ type: 'mdxJsxFlowElement' as const, name: 'Para', attributes: [{ type: 'mdxJsxAttribute' as const, name: 'n', value: n }], children: [] });
const heading = (text: string) => ({ type: 'heading' as const, depth: 2 as const, children: [{ type: 'text' as const, value: text }] });

test('numbered paragraphs and numbered headings count in the order printed; the recommendations heading is seen', () => {
  const tree: Root = { type: 'root', children: [para('1'), heading('2. CONTAIN OUTBREAK MANAGEMENT FUND'), para('3'), heading('Recommendation/s')] };
  expect(countParts(tree)).toEqual({ paragraphs: ['1', '2', '3'], resolutions: [], recommendationsHeading: true });
});
