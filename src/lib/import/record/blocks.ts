import type { RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import type { RecordSource } from './source.ts';
import { childrenText, tableData } from './text.ts';
import type { DecisionTable } from '../../model/decision-table.ts';

/** A numbered paragraph, recommendation or resolution of a document, with its anchor and the heading it stands under. */
export interface Block {
  kind: 'para' | 'recommendation' | 'resolution';
  /** The council's number ("12", "1.13"), recommendation number, or resolution ref ("2021/002"). */
  label: string;
  /** The fragment id on the document page: "p-12", "recommendation-1", "resolution-2021-002". */
  anchor: string;
  text: string;
  /** The text of the nearest heading above it, or null. */
  heading: string | null;
  /** 1-based line in the MDX file. */
  line: number;
  /** The first table it holds, cell by cell. */
  table?: DecisionTable;
}

const TAGS: Record<string, Block['kind']> = { Para: 'para', Recommendation: 'recommendation', Resolution: 'resolution' };
const attribute = (node: MdxJsxFlowElement, name: string): string | null => {
  const attr = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attr?.value === 'string' ? attr.value : null;
};

/** The anchor of a block, as the document page sets it: n "1.13" → "p-1-13", ref "2021/002" → "resolution-2021-002". */
export function blockAnchor(kind: Block['kind'], label: string): string {
  const tail = label.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase();
  return kind === 'para' ? `p-${tail}` : `${kind}-${tail}`;
}

/** Every numbered paragraph, recommendation and resolution of a document, in text order. */
export function collectBlocks(source: RecordSource): Block[] {
  const blocks: Block[] = [];
  let heading: string | null = null;
  const visit = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'heading') heading = toString(node).replace(/\s+/g, ' ').trim();
      else if (node.type === 'mdxJsxFlowElement' && node.name && TAGS[node.name]) {
        const kind = TAGS[node.name]!;
        const label = attribute(node, kind === 'resolution' ? 'ref' : 'n') ?? '';
        const table = node.children.find((child) => child.type === 'table');
        blocks.push({ kind, label, anchor: blockAnchor(kind, label), text: childrenText(node.children as RootContent[]), heading, line: node.position?.start.line ?? 1, ...(table ? { table: tableData(table) } : {}) });
      } else if ('children' in node && node.type !== 'table' && node.type !== 'list') visit(node.children as RootContent[]);
    }
  };
  visit(source.tree.children);
  return blocks;
}
