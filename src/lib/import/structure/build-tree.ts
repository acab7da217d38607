import type { BlockContent, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { DocumentData, DocumentKind } from '../../model/document.ts';
import { introducesPapers, readBackgroundPaper } from './extract-background-paper.ts';
import { readContact } from './extract-contact.ts';
import { parseInline } from './inline.ts';
import { joinLines } from './join-lines.ts';
import type { Block } from './read-blocks.ts';
import { bareHeading } from './section-headings.ts';
import { footnotesElement, numberFootnoteRefs, type FootnoteText } from './footnotes.ts';
import { isLineList } from './line-list.ts';
import { buildTable } from './table.ts';
import { tableData } from '../record/text.ts';
import { tablePlainText } from '../../model/decision-table.ts';

export interface BuiltTree {
  tree: Root;
  recommendations: DocumentData['recommendations'];
  backgroundPapers: DocumentData['backgroundPapers'];
  contacts: DocumentData['contacts'];
}

type Flow = BlockContent | MdxJsxFlowElement;


const element = (name: string, attribute: string, value: string, children: Flow[]): MdxJsxFlowElement => ({
  type: 'mdxJsxFlowElement',
  name,
  attributes: [{ type: 'mdxJsxAttribute', name: attribute, value }],
  children: children as MdxJsxFlowElement['children'],
});

/** Lines kept apart by line breaks (a signature, a contact's name, role, phone and email). */
function linesParagraph(lines: readonly string[], footnotes: ReadonlySet<string>): Paragraph {
  const children: PhrasingContent[] = [];
  lines.forEach((line, i) => {
    if (i > 0) children.push({ type: 'break' });
    children.push(...parseInline(line.trim(), footnotes));
  });
  return { type: 'paragraph', children };
}

const RECOMMENDATIONS = /^recommendations?/i;
const SOLE_RECOMMENDATION = /^(?:That|It is recommended that)\s.{20,}[.]$/su;
const BACKGROUND = /^background papers/i;
const CONTACT_INTRO = /^for (?:any )?(?:further )?enquiries\b/i;
const BOILERPLATE = /^except for previously published documents/i;
const NOTHING = /^(?:none|n\/a)\.?$/i;

/** The council's own number or letter of a point: "1)" → "1", "(a)" → "a". */
const markerValue = (marker: string) => marker.replace(/[().]/g, '');

const BOLD = /\*\*(\S(?:.*?\S)?)\*\*/g;

type Recommendation = BuiltTree['recommendations'][number];

/** A recommendation that ends in a colon, open for what it introduces. */
interface Introducing {
  entry: Recommendation;
  holder: MdxJsxFlowElement;
  /** How the recommendations are marked: "number", "letter", "roman" points, or "bullet", "para", "text". */
  family: string;
  /** The depth of its own marker; -1 when it has none. */
  depth: number;
}

/** "1" → number, "iv" → roman, "a" → letter. */
const markerFamily = (value: string) => (/^\d/.test(value) ? 'number' : /^[ivx]+$/i.test(value) && value !== 'i' ? 'roman' : 'letter');

/** Whether a block belongs to the open recommendation: a table, or points marked otherwise than the recommendations, or deeper. */
function introduces(open: Introducing, block: Block): boolean {
  if (block.type === 'table') return true;
  if (block.type === 'bullet') return open.family !== 'bullet' || block.depth > open.depth;
  if (block.type === 'point') return markerFamily(markerValue(block.marker)) !== open.family || block.depth > open.depth;
  return false;
}

/**
 * Blocks → mdast: headings; numbered paragraphs as `<Para n>` holding what follows them up to the next number or
 * heading; points and bullets as lists (the council's marker kept in the text); recommendations under the
 * RECOMMENDATION/S heading as `<Recommendation n>`; minutes' `<Resolution ref>`; tables; the footnotes, under the
 * council's numbers, as `<FootnoteRef n>` in the text and a `<Footnotes>` block at the end. Background papers and
 * the contact are read out for the front matter as well as kept in the text.
 */
export function buildTree(blocks: readonly Block[], context: { file: string; kind: DocumentKind }): BuiltTree {
  const footnoteLabels = new Set<string>();
  for (const b of blocks) if (b.type === 'footnote') footnoteLabels.add(b.label);
  const inline = (text: string) => parseInline(text, footnoteLabels);

  const root: RootContent[] = [];
  const footnotes: FootnoteText[] = [];
  const recommendations: BuiltTree['recommendations'] = [];
  const papers: string[] = [];
  const contacts: BuiltTree['contacts'] = [];

  let container: MdxJsxFlowElement | null = null;
  let containerHasList = false;
  let list: List | null = null;
  let listDepth = 0;
  let section = '';
  let signature: string[] | null = null;
  let contactLines: string[] | null = null;
  let introducing: Introducing | null = null;

  const target = (): (Flow | RootContent)[] => (container ? container.children : root);
  const add = (node: Flow) => {
    target().push(node);
    if (node.type !== 'list') list = null;
  };
  const closeContainer = () => {
    container = null;
    containerHasList = false;
    list = null;
  };
  const flushLines = () => {
    if (signature?.length) add(linesParagraph(signature, footnoteLabels));
    if (contactLines?.length) {
      add(linesParagraph(contactLines, footnoteLabels));
      const contact = readContact(contactLines);
      if (contact) contacts.push(contact);
    }
    signature = null;
    contactLines = null;
  };
  const addItem = (text: string, depth: number) => {
    const item: ListItem = { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: inline(text) }] };
    const parentItem = list && depth > listDepth ? list.children.at(-1) : undefined;
    if (parentItem) {
      const nested = parentItem.children.at(-1);
      if (nested?.type === 'list') nested.children.push(item);
      else parentItem.children.push({ type: 'list', ordered: false, spread: false, children: [item] });
      return;
    }
    if (!list) {
      list = { type: 'list', ordered: false, spread: false, children: [] };
      listDepth = depth;
      target().push(list);
      containerHasList = true;
    }
    list.children.push(item);
  };

  for (const block of blocks) {
    if (block.type === 'footnote') {
      if (!footnotes.some((f) => f.n === block.label)) footnotes.push({ n: block.label, paragraph: { type: 'paragraph', children: inline(joinLines(block.lines)) } });
      else add({ type: 'paragraph', children: inline(joinLines(block.lines)) });
      continue;
    }
    const text = block.type === 'table' || block.type === 'themes' ? '' : joinLines(block.lines);

    const belowRecommendations = RECOMMENDATIONS.test(section) && recommendations.length > 0;
    if (block.type === 'heading' && (block.known || !(signature || contactLines || belowRecommendations))) {
      flushLines();
      closeContainer();
      const bare = bareHeading(text);
      if (block.depth === 2) section = bare;
      root.push({ type: 'heading', depth: block.depth, children: inline(bare) });
      continue;
    }
    if (contactLines) {
      if (block.type === 'table') contactLines.push(...block.rows.map((r) => r.cells.join(' ')));
      else if ('lines' in block) contactLines.push(...block.lines.map((l) => l.text.trim()));
      continue;
    }
    if (block.type === 'text' && CONTACT_INTRO.test(bareHeading(text))) {
      flushLines();
      closeContainer();
      // The contact may follow on the same line: "…please contact: Jo Toomey — jo.toomey@nottscc.gov.uk."
      const after = /contact:\s*(\S.*)$/i.exec(bareHeading(text))?.[1];
      if (after) {
        add({ type: 'paragraph', children: inline(text) });
        const contact = readContact([after]);
        if (contact) contacts.push(contact);
      } else {
        add({ type: 'paragraph', children: inline(text) });
        contactLines = [];
      }
      continue;
    }

    const inRecommendations = RECOMMENDATIONS.test(section);
    // What a recommendation ending in a colon introduces ("the following post:"), a table or its own points, is part of it.
    if (inRecommendations && introducing && !signature && introduces(introducing, block)) {
      const { entry, holder } = introducing;
      if (block.type === 'table') {
        const table = buildTable(block.rows, context.file, footnoteLabels);
        holder.children.push(table);
        entry.table = tableData(table);
        entry.text += `\n\n${tablePlainText(entry.table)}`;
        introducing = null;
      } else {
        const line = block.type === 'point' ? `${block.marker} ${text}` : text;
        const last = holder.children.at(-1);
        const points: List = last?.type === 'list' ? last : { type: 'list', ordered: false, spread: false, children: [] };
        if (points !== last) holder.children.push(points);
        points.children.push({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: inline(line) }] });
        entry.text += `${points.children.length === 1 ? '\n\n' : '\n'}${block.type === 'point' ? line : `• ${line}`}`.replace(BOLD, '$1');
      }
      continue;
    }
    introducing = null;
    // One recommendation printed as a plain sentence: "That the committee considers whether any amendments are required …."
    const soleSentence = block.type === 'text' && recommendations.length === 0 && SOLE_RECOMMENDATION.test(text.trim());
    if (inRecommendations && (block.type === 'point' || block.type === 'bullet' || block.type === 'para' || soleSentence) && !signature) {
      closeContainer();
      const n = block.type === 'point' ? markerValue(block.marker) : block.type === 'para' ? block.n : String(recommendations.length + 1);
      const anchor = `recommendation-${n.replace(/\./g, '-')}`;
      if (recommendations.some((r) => r.anchor === anchor)) {
        add({ type: 'paragraph', children: inline(text) });
        continue;
      }
      // The front matter (and the open data made from it) holds plain text: the page keeps the bold.
      const entry: Recommendation = { n, anchor, text: text.replace(BOLD, '$1') };
      const holder = element('Recommendation', 'n', n, [{ type: 'paragraph', children: inline(text) }]);
      recommendations.push(entry);
      root.push(holder);
      const depth = block.type === 'point' || block.type === 'bullet' ? block.depth : -1;
      introducing = /:\s*$/.test(text) ? { entry, holder, family: block.type === 'point' ? markerFamily(n) : block.type, depth } : null;
      continue;
    }
    if (inRecommendations && recommendations.length > 0 && (block.type === 'text' || block.type === 'heading')) {
      // Below the recommendations: the signature (name, role), a line each.
      closeContainer();
      signature ??= [];
      signature.push(...block.lines.map((l) => l.text.trim()));
      continue;
    }
    flushLines();

    if (BACKGROUND.test(section) && (block.type === 'text' || block.type === 'bullet' || block.type === 'point')) {
      if (!BOILERPLATE.test(text) && !NOTHING.test(text) && !/^mailto:/i.test(text) && !introducesPapers(text)) papers.push(text);
    }

    switch (block.type) {
      case 'para':
        closeContainer();
        container = element('Para', 'n', block.n, [{ type: 'paragraph', children: inline(text) }]);
        root.push(container);
        break;
      case 'resolved':
        closeContainer();
        container = element('Resolution', 'ref', block.ref, [{ type: 'paragraph', children: inline(text) }]);
        root.push(container);
        break;
      case 'point':
        addItem(`${block.marker} ${text}`, block.depth);
        break;
      case 'bullet':
        addItem(text, block.depth);
        break;
      case 'table': {
        const agendaHeader = context.kind === 'agenda' && /^\d+$/.test(block.rows[0]?.cells[0] ?? '') ? ['Item', 'Business', 'Pages'] : null;
        add(buildTable(block.rows, context.file, footnoteLabels, agendaHeader));
        containerHasList = true;
        break;
      }
      case 'text':
        // Text after a resolution's list is the minutes going on, not the resolution.
        if (container?.name === 'Resolution' && containerHasList) closeContainer();
        add(isLineList(block.lines) ? linesParagraph(block.lines.map((l) => l.text), footnoteLabels) : { type: 'paragraph', children: inline(text) });
        break;
      case 'heading':
        add({ type: 'paragraph', children: inline(text) });
        break;
      case 'themes':
        // Each theme a list item: its points as printed (above its name in the diagram), then its name in bold.
        target().push({
          type: 'list',
          ordered: false,
          spread: false,
          children: block.items.map(({ points, label }) => ({
            type: 'listItem',
            spread: false,
            children: [{ type: 'paragraph', children: [...points.flatMap((p): PhrasingContent[] => [...inline(p.text), { type: 'break' }]), { type: 'strong', children: inline(joinLines(label)) }] }],
          })),
        });
        list = null;
        containerHasList = true;
        break;
    }
  }
  flushLines();

  const tree: Root = { type: 'root', children: root };
  const referenced = numberFootnoteRefs(tree);
  if (footnotes.length > 0) tree.children.push(footnotesElement(footnotes, referenced));
  return { tree, recommendations, backgroundPapers: papers.map((p, i) => readBackgroundPaper(p, i)), contacts };
}
