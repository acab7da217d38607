import { HTMLElement, NodeType, parse, type Node } from 'node-html-parser';

/** One line of a web page: the text of a block (a heading, a paragraph, a list item, a table cell), and whether it is set as a heading or in bold. */
export interface HtmlLine {
  text: string;
  bold: boolean;
}

/** Elements that are never the page's words: scripts, styles, forms and the site's own navigation. */
const SKIPPED = new Set(['head', 'script', 'style', 'noscript', 'template', 'nav', 'aside', 'footer', 'form', 'button', 'select', 'svg', 'iframe', 'img']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'complementary']);
/** A class or id that marks a site's chrome: breadcrumbs, skip links, cookie notices, menus. */
const CHROME_NAME = /breadcrumb|skip|cookie|(?:^|[\s_-])(?:nav|navbar|menu|site-header|site-footer|masthead)(?:$|[\s_-])/i;
const BLOCKS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'section', 'article', 'main', 'header', 'blockquote', 'pre', 'address', 'figure', 'figcaption', 'hr']);
const BOLD = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'th']);
/** A table cell that holds only an item's number ("1.", "4a"): it goes with the title in the next cell. */
const ITEM_NUMBER = /^\d{1,3}[a-z]?\.?$/;

/** A table row whose cells hold only text (a data table's row, not a layout's): it reads as one line, its cells apart by tabs, as a text export prints it. */
function isPlainRow(row: HTMLElement): boolean {
  const cells = row.querySelectorAll('td, th');
  return cells.length > 1 && cells.every((cell) => !cell.querySelector([...BLOCKS].join(', ')));
}

/** The text of each cell of a row. */
const cellsOf = (row: HTMLElement) => row.querySelectorAll('td, th').map((cell) => cell.text.replace(/\s+/g, ' ').trim());

/** Whether an element is the site's chrome rather than the page's content. */
function isChrome(element: HTMLElement, tag: string, inMain: boolean): boolean {
  if (SKIPPED.has(tag) || (tag === 'header' && !inMain)) return true;
  if (CHROME_ROLES.has(element.getAttribute('role') ?? '')) return true;
  return CHROME_NAME.test(`${element.getAttribute('class') ?? ''} ${element.id}`);
}

/** The element that holds the page's content: `<main>` (or `role="main"`) when there is one, else the body. */
function contentOf(root: HTMLElement): { element: HTMLElement; inMain: boolean } {
  const main = root.querySelector('main') ?? root.querySelector('[role="main"]');
  return main ? { element: main, inMain: true } : { element: root.querySelector('body') ?? root, inMain: false };
}

/** A web page's content as lines, a block a line (a list item after "- ", as a text export marks it), the site's chrome (navigation, breadcrumbs, header and footer) left out. */
export function htmlLines(html: string): HtmlLine[] {
  const { element, inMain } = contentOf(parse(html, { comment: false }));
  const lines: HtmlLine[] = [];
  let parts: { text: string; bold: boolean }[] = [];
  /** A list item's marker, as a text export prints it, waiting for the item's first line. */
  let marker = '';
  const flush = () => {
    const text = parts.map((p) => p.text).join('').replace(/\s+/g, ' ').trim();
    if (text !== '') {
      lines.push({ text: `${marker}${text}`, bold: parts.every((p) => p.bold || p.text.trim() === '') });
      marker = '';
    }
    parts = [];
  };
  const walk = (node: Node, bold: boolean) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      parts.push({ text: node.text, bold });
      return;
    }
    if (!(node instanceof HTMLElement)) return;
    const tag = node.rawTagName?.toLowerCase() ?? '';
    if (isChrome(node, tag, inMain)) return;
    if (tag === 'br') return flush();
    if (tag === 'tr' && isPlainRow(node)) {
      flush();
      lines.push({ text: cellsOf(node).join('\t'), bold: bold || node.querySelectorAll('td').length === 0 });
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    if (tag === 'li') marker = '- ';
    for (const child of node.childNodes) walk(child, bold || BOLD.has(tag));
    if (block) flush();
  };
  walk(element, false);
  flush();
  return lines.reduce<HtmlLine[]>((kept, line) => {
    const previous = kept.at(-1);
    if (previous && ITEM_NUMBER.test(previous.text)) kept[kept.length - 1] = { text: `${previous.text} ${line.text}`, bold: line.bold };
    else kept.push(line);
    return kept;
  }, []);
}
