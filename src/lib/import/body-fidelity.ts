import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { comparableWords, FOOTNOTE_LINE, firstMissingInOrder, PAGE_FOOTER, type SourceWord } from './fidelity.ts';
import type { SourceLine } from './types.ts';

/** Nodes whose children are blocks (or rows, or cells): their children's texts stand apart. */
const HOLDS_BLOCKS = new Set(['root', 'list', 'listItem', 'table', 'tableRow', 'mdxJsxFlowElement', 'blockquote']);
const NUMBERED = new Set(['Para', 'Recommendation']);

const attributeValue = (node: MdxJsxFlowElement | MdxJsxTextElement, name: string) => {
  const value = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
  return typeof value === 'string' ? value : undefined;
};

/** The text of a tree as a reader meets it: blocks and cells apart, a line break as a space, a numbered component's number first. */
export function treeText(node: Nodes, options: { tables: boolean } = { tables: true }): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  if (node.type === 'mdxJsxTextElement' && node.name === 'FootnoteRef') return ` ${attributeValue(node, 'n') ?? ''} `;
  if (node.type === 'mdxJsxTextElement' && node.name === 'br') return ' ';
  if ((node.type === 'mdxJsxFlowElement' && node.name === 'Footnotes') || (node.type === 'table' && !options.tables)) return '';
  if (!('children' in node)) return '';
  const n = node.type === 'mdxJsxFlowElement' && NUMBERED.has(node.name ?? '') ? attributeValue(node, 'n') : undefined;
  const inner = (node.children as Nodes[]).map((child) => treeText(child, options)).join(HOLDS_BLOCKS.has(node.type) ? ' ' : '');
  return ` ${typeof n === 'string' ? `${n} ` : ''}${inner} `;
}

/** The words of a tree's tables, cells apart. */
function tableWords(node: Nodes): string[] {
  if (node.type === 'table') return comparableWords(treeText(node));
  return 'children' in node ? (node.children as Nodes[]).flatMap(tableWords) : [];
}

/** The first of a table's source words that the tree's tables lack (a wrapped row's words go into the cells above, so order is not asked). */
function firstMissingInTables(source: readonly SourceWord[], tree: Root): SourceWord | null {
  const counts = new Map<string, number>();
  for (const word of tableWords(tree)) counts.set(word, (counts.get(word) ?? 0) + 1);
  for (const word of source) {
    const left = counts.get(word.word) ?? 0;
    if (left === 0) return word;
    counts.set(word.word, left - 1);
  }
  return null;
}

/** The text of a tree's notes (`<Footnote n>` in `<Footnotes>`), in order, each after its number. */
function footnotesText(tree: Root): string {
  const notes = tree.children.flatMap((node) => (node.type === 'mdxJsxFlowElement' && node.name === 'Footnotes' ? node.children : []));
  return notes.map((note) => (note.type === 'mdxJsxFlowElement' ? `${attributeValue(note, 'n') ?? ''} ${treeText(note)}` : '')).join(' ');
}

type LineKind = 'text' | 'footnote' | 'row';

/** Which part of the tree a source line's words belong to: the running text, a footnote, or a table row (a line with a tab). */
const kindOf = (line: SourceLine): LineKind => (FOOTNOTE_LINE.test(line.text) ? 'footnote' : line.text.replace(PAGE_FOOTER, '').replace(/[ \u00a0]+$/u, '').includes('\t') ? 'row' : 'text');

/** A body's source words of one kind, page footers left out. */
function sourceWords(lines: readonly SourceLine[], kind: LineKind): SourceWord[] {
  return lines
    .filter((l) => kindOf(l) === kind)
    .flatMap((l) => comparableWords(l.text.replace(PAGE_FOOTER, ' ')).map((word) => ({ word, line: l.line })));
}

/**
 * The first word of a body's lines that its tree lost, or null when none is lost: the running text's words in order,
 * each table's words in its cells, each footnote's words in the footnotes.
 */
export function firstLostWord(lines: readonly SourceLine[], tree: Root): SourceWord | null {
  return (
    firstMissingInOrder(sourceWords(lines, 'text'), comparableWords(treeText(tree, { tables: false }))) ??
    firstMissingInTables(sourceWords(lines, 'row'), tree) ??
    firstMissingInOrder(sourceWords(lines, 'footnote'), comparableWords(footnotesText(tree)))
  );
}
