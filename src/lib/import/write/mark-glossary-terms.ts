import type { Nodes, Parents, PhrasingContent, Root, Text } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { compileGlossary, glossaryPath, splitFirstTerms, type GlossaryTerm } from '../../record/glossary.ts';

/** Nodes whose text is left alone: headings (they are the page's outline), links and code. */
const SKIP = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code', 'definition', 'html', 'yaml']);
const SKIP_JSX = new Set(['a', 'abbr', 'code']);

function skipped(node: Nodes): boolean {
  if (SKIP.has(node.type)) return true;
  return (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && SKIP_JSX.has(node.name ?? '');
}

/** `<a href="/glossary/#ccg"><abbr title="Clinical Commissioning Group">CCG</abbr></a>`, as an MDX JSX tree. */
function termElement(text: string, term: GlossaryTerm): MdxJsxTextElement {
  return {
    type: 'mdxJsxTextElement',
    name: 'a',
    attributes: [{ type: 'mdxJsxAttribute', name: 'href', value: glossaryPath(term) }],
    children: [
      {
        type: 'mdxJsxTextElement',
        name: 'abbr',
        attributes: [{ type: 'mdxJsxAttribute', name: 'title', value: term.expansion }],
        children: [{ type: 'text', value: text }],
      },
    ],
  };
}

/**
 * Mark the first use in a document of each glossary term: it becomes a link to the term's glossary entry,
 * holding an <abbr> with the expansion. Later uses, and text in headings, links and code, are left as they are.
 * Pure: returns a new tree. Text is only wrapped, never changed, so every word of the input stays in order.
 */
export function markGlossaryTerms(tree: Root, glossary: readonly GlossaryTerm[]): Root {
  const matcher = compileGlossary(glossary);
  const seen = new Set<string>();

  const markText = (node: Text): PhrasingContent[] =>
    splitFirstTerms(node.value, matcher, seen).map((s) => (s.term ? termElement(s.text, s.term) : { type: 'text', value: s.text }));

  const walk = <T extends Nodes>(node: T): T => {
    if (skipped(node) || !('children' in node)) return node;
    const children: Nodes[] = [];
    for (const child of (node as Parents).children) {
      if (child.type === 'text') children.push(...markText(child));
      else children.push(walk(child));
    }
    return { ...node, children } as T;
  };

  return walk(tree as Nodes) as Root;
}
