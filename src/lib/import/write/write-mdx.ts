import type { Root } from 'mdast';
import type { Options as StringifyOptions } from 'remark-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { Document, isScalar, Scalar, visit, type YAMLSeq } from 'yaml';

/** A date (or month) as YAML would otherwise leave bare, and a YAML 1.1 reader would turn into a Date. */
const DATE_LIKE = /^\d{4}-\d{2}(-\d{2})?$/;

const STRINGIFY: StringifyOptions = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  rule: '-',
  listItemIndent: 'one',
  // `import` and `export` at the start of a line would be read as MDX ESM: escape their first letter there.
  unsafe: [
    { character: 'i', atBreak: true, after: 'mport\\b' },
    { character: 'e', atBreak: true, after: 'xport\\b' },
  ],
};

// Table cells unpadded: the council's long cells would otherwise pad every row to the widest.
const processor = unified().use(remarkStringify, STRINGIFY).use(remarkGfm, { tablePipeAlign: false }).use(remarkMdx).freeze();

/** Front matter as YAML: keys in the order given, dates double-quoted, lists of numbers on one line, no line folding. */
function frontmatterYaml(frontmatter: Record<string, unknown>): string {
  const doc = new Document(frontmatter);
  visit(doc, {
    Scalar(_key, node: Scalar) {
      if (typeof node.value === 'string' && DATE_LIKE.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
    Seq(_key, node: YAMLSeq) {
      if (node.items.length > 0 && node.items.every((item) => isScalar(item) && typeof item.value === 'number')) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** A document as MDX: YAML front matter, then the body tree serialized (escaped by the serializer, never by hand). */
export function writeMdx(frontmatter: Record<string, unknown>, tree: Root): string {
  const body = processor.stringify(tree);
  return `---\n${frontmatterYaml(frontmatter)}---\n\n${body}`;
}
