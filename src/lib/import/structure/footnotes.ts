import type { Nodes, Paragraph, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

/** A footnote's text as the council printed it, under its own number. */
export interface FootnoteText {
  n: string;
  paragraph: Paragraph;
}

const attribute = (name: string, value: string | null): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value });

/** `<FootnoteRef n="3" />`: a reference to the council's note 3, its number as printed. */
export function footnoteRef(n: string): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name: 'FootnoteRef', attributes: [attribute('n', n)], children: [] };
}

const valueOf = (node: MdxJsxTextElement | MdxJsxFlowElement, name: string) =>
  node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name)?.value;

/**
 * Number each note's references in text order: the second reference to note 3 gets `occurrence="2"` (its own id on
 * the page). Returns the numbers of the notes referenced at least once. Changes the tree in place.
 */
export function numberFootnoteRefs(tree: Root): Set<string> {
  const seen = new Map<string, number>();
  const walk = (node: Nodes) => {
    if (node.type === 'mdxJsxTextElement' && node.name === 'FootnoteRef') {
      const n = valueOf(node, 'n');
      if (typeof n === 'string') {
        const count = (seen.get(n) ?? 0) + 1;
        seen.set(n, count);
        if (count > 1) node.attributes.push(attribute('occurrence', String(count)));
      }
    }
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(tree);
  return new Set(seen.keys());
}

/**
 * The notes at the end of a body: `<Footnotes>` holding one `<Footnote n="3">` per note, in the council's order and
 * under the council's numbers, every note kept whether or not the text refers to it (`referenced` when it does, so
 * the note can link back).
 */
export function footnotesElement(notes: readonly FootnoteText[], referenced: ReadonlySet<string>): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name: 'Footnotes',
    attributes: [],
    children: notes.map(({ n, paragraph }) => ({
      type: 'mdxJsxFlowElement',
      name: 'Footnote',
      attributes: referenced.has(n) ? [attribute('n', n), attribute('referenced', null)] : [attribute('n', n)],
      children: [paragraph],
    })),
  };
}
