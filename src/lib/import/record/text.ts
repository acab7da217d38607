import type { List, Nodes, PhrasingContent, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { tablePlainText, type DecisionTable } from '../../model/decision-table.ts';

/** A line that already starts with the council's own point marker: "1)", "(a)", "a.", "-", "•". */
const POINT = /^(\(?[0-9]{1,2}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}\)|[-•])\s/;

const clean = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');

function listText(list: List): string {
  const start = list.start ?? 1;
  return list.children
    .map((item, i) => {
      const text = item.children.map(blockText).filter(Boolean).join('\n');
      if (POINT.test(text)) return text;
      return `${list.ordered ? `${start + i})` : '•'} ${text}`;
    })
    .join('\n');
}

/** A cell's words on one line: a line break inside the cell (`<br />`) reads as a space. */
function cellText(nodes: readonly PhrasingContent[]): string {
  const words = nodes.map((node): string => {
    if (node.type === 'break' || (node.type === 'mdxJsxTextElement' && node.name === 'br')) return ' ';
    if ('children' in node) return cellText(node.children as PhrasingContent[]);
    return 'value' in node ? node.value : '';
  });
  return words.join('').replace(/\s+/g, ' ').trim();
}

/** A table's cells as text, row by row, its first row as the header. */
export function tableData(table: Table): DecisionTable {
  const [header = [], ...rows] = table.children.map((row) => row.children.map((cell) => cellText(cell.children)));
  return { header, rows };
}

const tableText = (table: Table) => tablePlainText(tableData(table));

/** One block of the council's text as plain lines: list items keep their markers, table rows read as "cell | cell". */
export function blockText(node: Nodes | RootContent): string {
  switch (node.type) {
    case 'list':
      return listText(node);
    case 'table':
      return tableText(node);
    case 'heading':
    case 'paragraph':
      return clean(toString(node)).replace(/\n/g, ' ');
    case 'footnoteDefinition':
    case 'yaml':
    case 'html':
      return '';
    default:
      if ('children' in node) return (node.children as RootContent[]).map(blockText).filter(Boolean).join('\n\n');
      return clean(toString(node));
  }
}

/** The text of a container's children (a Para, Recommendation or Resolution element): blocks apart by a blank line. */
export function childrenText(children: readonly RootContent[]): string {
  return children.map(blockText).filter(Boolean).join('\n\n');
}
