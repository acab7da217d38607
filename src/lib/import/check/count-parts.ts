import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/** What a document's body holds, as `--check` reports it and the checks read it. */
export interface BodyParts {
  /** The council's paragraph numbers, in the order printed ("1", "2", "2.1" …), a numbered heading's ("4. CONTAIN OUTBREAK …") among them. */
  paragraphs: string[];
  /** The numbers of the resolutions ("2021/001" …). */
  resolutions: string[];
  /** Whether the body has a "RECOMMENDATION/S" heading. */
  recommendationsHeading: boolean;
}

const attribute = (node: MdxJsxFlowElement, name: string) => {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : null;
};

/** Read a body tree's numbered paragraphs, resolutions and whether it has a recommendations heading. */
export function countParts(tree: Root): BodyParts {
  const parts: BodyParts = { paragraphs: [], resolutions: [], recommendationsHeading: false };
  visit(tree, (node) => {
    if (node.type === 'heading') {
      const text = toString(node).trim();
      if (/^recommendations?\b/i.test(text)) parts.recommendationsHeading = true;
      const numbered = /^(\d{1,3})\.\s/.exec(text)?.[1];
      if (numbered) parts.paragraphs.push(numbered);
    }
    if (node.type !== 'mdxJsxFlowElement') return;
    const n = node.name === 'Para' ? attribute(node, 'n') : null;
    const ref = node.name === 'Resolution' ? attribute(node, 'ref') : null;
    if (n !== null) parts.paragraphs.push(n);
    if (ref !== null) parts.resolutions.push(ref);
  });
  return parts;
}
