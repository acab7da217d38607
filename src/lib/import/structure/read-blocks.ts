import { classifyLine, type LineKind } from './classify-line.ts';
import type { SourceLine } from '../types.ts';
import { joinLines } from './join-lines.ts';
import { paperDate } from './extract-background-paper.ts';
import { findThemeRuns } from './theme-runs.ts';
import { bareHeading, isSectionHeading } from './section-headings.ts';

/** A line of a block: its text and where it stands in the source. */
export interface BlockLine {
  text: string;
  line: number;
}

/** A block of a body: what the lines add up to once hard wraps and page breaks are undone. */
export type Block =
  | { type: 'heading'; depth: 2 | 3 | 4; known: boolean; lines: BlockLine[] }
  | { type: 'para'; n: string; lines: BlockLine[] }
  | { type: 'point'; marker: string; depth: number; lines: BlockLine[] }
  | { type: 'bullet'; depth: number; lines: BlockLine[] }
  | { type: 'text'; lines: BlockLine[] }
  | { type: 'table'; rows: { cells: string[]; line: number }[] }
  | { type: 'resolved'; ref: string; lines: BlockLine[] }
  | { type: 'footnote'; label: string; lines: BlockLine[] }
  /** A flattened diagram's themes: each name with the points printed before it (see findThemeRuns). */
  | { type: 'themes'; items: { points: BlockLine[]; label: BlockLine[] }[] };

const BACKGROUND_PAPERS = /^background papers/i;
const TERMINAL = /[.;:!?](?:["'”’)\]*_]*)$/u;
const MAX_HEADING = 90;

/** Two to five capitalised words and nothing else: a person's name on a line of its own (a signature, a contact). */
export function looksLikeName(text: string): boolean {
  const words = bareHeading(text).split(/\s+/);
  return words.length >= 2 && words.length <= 5 && words.every((w) => /^(?:Dr\.?|[A-Z][a-z]*(?:[-'’][A-Z]?[a-z]+)*|[A-Z]\.?)$/u.test(w));
}

function endsSentence(text: string): boolean {
  return TERMINAL.test(text.trim());
}

const startsLower = (text: string) => /^[\p{Ll}]/u.test(text.trim());

/** A section's whole answer, never a heading: "None.", "All", "N/A". */
const NOTHING_OR_ALL = /^(?:none|all|n\/a|nil)\.?$/i;

/**
 * Lines that read as title-like but are not titles: a sentence ("Persons absent are marked with an 'A'"), the start of
 * a recommendation or resolution ("That the … Committee"), a labelled value ("Date 11 January 2021 (…)"), a report
 * reference ("ASCPH746 PDMv3").
 */
function isNotATitle(t: string): boolean {
  return NOTHING_OR_ALL.test(t) || /^That\b/u.test(t) || /\b(?:is|are|was|were)\b/u.test(t) || /^(?:Date|Time|Venue)\s+\d/u.test(t) || /\b\p{Lu}{2,}\d+/u.test(t);
}

/** Whether a line that is short, stands alone and reads like a title is a sub-heading. */
function isStandaloneHeading(text: string, prevBlank: boolean, next: LineKind | undefined): boolean {
  const t = bareHeading(text);
  if (!prevBlank || t.length > MAX_HEADING || t.split(/\s+/).length > 14) return false;
  if (endsSentence(t) || /[,£@]|\b[TE]:/u.test(t) || !/^[\p{Lu}\d"'‘“]/u.test(t)) return false;
  if (/^\S*\d\S*$/u.test(t) || isNotATitle(t)) return false;
  return next === undefined || next.type === 'blank' || next.type === 'numbered';
}

/** A numbered line that is really a heading: minutes' "4. CONTAIN OUTBREAK MANAGEMENT FUND", an appendix's "2. Putting this into practice". */
function isNumberedHeading(text: string, prevBlank: boolean, next: LineKind | undefined): boolean {
  const t = text.trim();
  if (endsSentence(t) || !prevBlank || NOTHING_OR_ALL.test(t)) return false;
  if (!/\p{Ll}/u.test(t) && /\p{Lu}{3}/u.test(t)) return true;
  return t.length <= 40 && (next === undefined || next.type === 'blank');
}

/** Words a line ends on when the number under it belongs to the sentence ("… in paragraph" over "28. …", "… 13 and" over "14. …", "… paragraphs 12 -" over "16."). */
const WRAPS_BEFORE_NUMBER = /\b(?:paragraphs?|paras?|pages?|items?|sections?|and|or|to|of|in|at|see)$|\bparagraphs?\s+\d+(?:\s*[-–,]\s*)?$/i;

/** Words a wrapped line cannot end a paragraph on. */
const OPEN_END = /(?:,|\b(?:and|or|the|a|an|of|to|in|for|with|by|on|at|from|as|that|which|such|standard))$/i;

/** Whether the text runs on: it ends on a word that needs more, or leaves a bracket open. */
function runsOn(text: string): boolean {
  const opened = (text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length;
  return OPEN_END.test(text.trim()) || opened;
}

/** Whether a line after a blank (or a page break) still belongs to the paragraph before it: a hard wrap, not a new paragraph. */
function continuesAcrossBlank(before: BlockLine, text: string): boolean {
  const prev = before.text.trimEnd();
  if (/\p{L}-$/u.test(prev)) return true;
  if (endsSentence(prev) || looksLikeName(text) || !/\p{Ll}/u.test(text)) return false;
  return startsLower(text) || prev.length >= 70;
}

const isListBlock = (block: Block) => block.type === 'bullet' || block.type === 'point';

/** Whether a capitalised sentence after a blank starts afresh below a list item that does not run on (the minutes' "Before closing, …"). */
function startsNewSentence(before: BlockLine, text: string): boolean {
  return /^[\p{Lu}]/u.test(text.trim()) && endsSentence(text) && !runsOn(before.text) && !/[\p{L}:]-$/u.test(before.text.trimEnd());
}

const openTypes = new Set<Block['type']>(['para', 'point', 'bullet', 'text', 'footnote', 'resolved']);

/**
 * Read a body's lines into blocks: headings, numbered paragraphs, points and bullets, plain paragraphs, tables,
 * resolutions and footnotes. Lines wrapped by the PDF (within a paragraph, or over a blank line or a page break) are
 * kept together in one block.
 */
export function readBlocks(lines: readonly SourceLine[]): Block[] {
  const kinds = lines.map((l) => classifyLine(l.text));
  const blocks: Block[] = [];
  const usedNumbers = new Set<string>();
  let open: Extract<Block, { lines: BlockLine[] }> | null = null;
  let blankSince = true;
  let table: Extract<Block, { type: 'table' }> | null = null;

  const nextKind = (i: number) => kinds.slice(i + 1).find((k) => k.type !== 'blank');
  const nextRaw = (i: number) => kinds[i + 1];
  // The standard section the lines stand in: under Background Papers each line is a paper cited, never a heading.
  let section = '';
  const push = (block: Block) => {
    if (block.type === 'heading' && block.known) section = joinLines(block.lines);
    blocks.push(block);
    open = 'lines' in block && openTypes.has(block.type) ? block : null;
    table = block.type === 'table' ? block : null;
    blankSince = false;
  };
  const marked = new WeakSet<Block>();
  const pushMarked = (block: Block) => {
    marked.add(block);
    push(block);
  };
  const append = (line: BlockLine) => {
    if (open) open.lines.push(line);
    blankSince = false;
  };

  const themeRuns = findThemeRuns(lines);
  const pointText = (l: SourceLine): BlockLine => {
    const kind = classifyLine(l.text);
    return { text: kind.type === 'bullet' || kind.type === 'text' ? kind.text : l.text.trim(), line: l.line };
  };

  for (const [i, kind] of kinds.entries()) {
    const source = lines[i];
    if (!source) continue;
    const run = themeRuns.find((r) => i >= r.start && i <= r.end);
    if (run) {
      if (i === run.start) push({ type: 'themes', items: run.items.map((item) => ({ points: item.points.map(pointText), label: item.label.map(pointText) })) });
      continue;
    }
    const at = (text: string): BlockLine => ({ text, line: source.line });
    const lastOpen: BlockLine | undefined = open ? (open as { lines: BlockLine[] }).lines.at(-1) : undefined;
    switch (kind.type) {
      case 'blank':
        blankSince = true;
        break;
      case 'row': {
        const rowTable = table as Extract<Block, { type: 'table' }> | null;
        const next = nextKind(i);
        if (rowTable) {
          rowTable.rows.push({ cells: kind.cells, line: source.line });
          blankSince = false;
        } else if (next?.type === 'row') push({ type: 'table', rows: [{ cells: kind.cells, line: source.line }] });
        else {
          // One tab-separated line alone is not a table: its cells read as one line of text.
          const text = kind.cells.filter((c) => c !== '').join(' ');
          if (open && lastOpen && (!blankSince || continuesAcrossBlank(lastOpen, text))) append(at(text));
          else push({ type: 'text', lines: [at(text)] });
        }
        break;
      }
      case 'md-heading':
        pushMarked({ type: 'heading', depth: isSectionHeading(kind.text) ? 2 : (Math.min(Math.max(kind.depth, 3), 4) as 3 | 4), known: isSectionHeading(kind.text), lines: [at(kind.text)] });
        break;
      case 'footnote':
        // A footnote stands aside: the paragraph it interrupts (at a page end) may go on below it.
        blocks.push({ type: 'footnote', label: kind.label, lines: [at(kind.text)] });
        break;
      case 'resolved':
        push({ type: 'resolved', ref: kind.ref, lines: [at(source.text.trim())] });
        break;
      case 'numbered': {
        const topLevel = !kind.n.includes('.');
        // "… as set out in paragraph" over "28. This shared approach …": a number the page wrapped, not a paragraph.
        if (!blankSince && open && lastOpen && !kind.bullet && WRAPS_BEFORE_NUMBER.test(lastOpen.text.trim())) {
          append(at(source.text.trim()));
          break;
        }
        if (!kind.indented && isNumberedHeading(kind.text, blankSince || blocks.length === 0, nextRaw(i))) {
          push({ type: 'heading', depth: 2, known: false, lines: [at(`${kind.n}. ${kind.text}`)] });
        } else if (!kind.indented && !usedNumbers.has(kind.n) && (topLevel || kind.n.split('.').length <= 3)) {
          usedNumbers.add(kind.n);
          push({ type: 'para', n: kind.n, lines: [at(kind.text)] });
        } else {
          push({ type: 'point', marker: /\.\d/.test(kind.n) ? kind.n : `${kind.n}.`, depth: kind.indented ? 1 : 0, lines: [at(kind.text)] });
        }
        break;
      }
      case 'point':
      case 'bullet': {
        // A dash line in lower case after a page break, where the text above stops mid-sentence, carries that text on.
        const current = open as Extract<Block, { lines: BlockLine[] }> | null;
        const openText = current ? joinLines(current.lines) : '';
        const prose = current?.type === 'para' || current?.type === 'text';
        if (blankSince && current && lastOpen && kind.type === 'bullet' && !endsSentence(lastOpen.text) && (runsOn(openText) || (startsLower(kind.text) && prose))) {
          append(at(kind.text));
          break;
        }
        if (kind.type === 'point' && /^[A-Z]\)$/.test(kind.marker) && isStandaloneHeading(kind.text, blankSince, nextRaw(i))) {
          push({ type: 'heading', depth: 3, known: false, lines: [at(`${kind.marker} ${kind.text}`)] });
          break;
        }
        if (kind.type === 'point') push({ type: 'point', marker: kind.marker, depth: kind.indented ? 1 : 0, lines: [at(kind.text)] });
        else push({ type: 'bullet', depth: kind.indented ? 1 : 0, lines: [at(kind.text)] });
        break;
      }
      case 'text': {
        const prevBlank = blankSince || blocks.length === 0;
        if (isSectionHeading(kind.text)) push({ type: 'heading', depth: 2, known: true, lines: [at(kind.text)] });
        // A title-like line right under a finished sentence, with a blank line below it, is a heading (000's "Governance of the Alliance").
        else if (open && lastOpen && !blankSince && endsSentence(lastOpen.text) && !BACKGROUND_PAPERS.test(bareHeading(section)) && isStandaloneHeading(kind.text, true, nextRaw(i))) push({ type: 'heading', depth: 3, known: false, lines: [at(kind.text)] });
        else if (open && lastOpen && !blankSince) append(at(kind.text));
        // Under Background Papers, a citation that already has its date is whole: the next one starts afresh.
        else if (open && lastOpen && continuesAcrossBlank(lastOpen, kind.text) && !(isListBlock(open) && startsNewSentence(lastOpen, kind.text)) && !(BACKGROUND_PAPERS.test(bareHeading(section)) && paperDate(joinLines((open as { lines: BlockLine[] }).lines)) !== null)) append(at(kind.text));
        else if (!BACKGROUND_PAPERS.test(bareHeading(section)) && isStandaloneHeading(kind.text, prevBlank, nextRaw(i) ?? undefined)) push({ type: 'heading', depth: 3, known: false, lines: [at(kind.text)] });
        else push({ type: 'text', lines: [at(kind.text)] });
        break;
      }
    }
  }
  // A title-like line with nothing under it (the minutes' closing "CHAIRMAN", a report's last line) is not a heading.
  // (A heading the source marks with `#` stays one.)
  const last = blocks.at(-1);
  if (last?.type === 'heading' && !last.known && !marked.has(last)) blocks[blocks.length - 1] = { type: 'text', lines: last.lines };
  return blocks;
}
