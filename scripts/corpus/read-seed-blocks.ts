/**
 * The block reader: a seed text as the blocks a council paper prints (header lines, headings, paragraphs, numbered
 * paragraphs and list items, tables, page breaks). Source blocks are separated by blank lines; inside one, a line
 * starts a new block only where it is structural (a label, a header line, a heading, a table row), and the
 * hard-wrapped lines of one paragraph (and, in seed 000, a paragraph split by a blank line) are joined again.
 */
import {
  endsClause,
  endsSentence,
  headerRole,
  isCapitals,
  isHeadingLike,
  lineLabel,
  startsLower,
  type HeaderRole,
} from './classify-seed-line.ts';
import { dropSeedFooter } from './seed-footers.ts';
import { splitGluedBold } from './split-glued-bold.ts';

/** One block of the paper, its text still in the seed's inline markup. */
export type SeedBlock =
  | { kind: 'page-break' }
  | { kind: 'header'; role: HeaderRole; text: string }
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'lines'; lines: string[] }
  | { kind: 'item'; label: string; depth: number; bold: boolean; text: string }
  | { kind: 'table'; rows: string[][] };

/** A run of seed lines that print as one thing. */
interface Unit {
  kind: 'text' | 'item' | 'header' | 'heading' | 'capitals' | 'table';
  lines: string[];
  label: string;
  depth: number;
  role: HeaderRole | null;
  /** A `**` run opened on one line and not yet closed. */
  openBold: boolean;
  /** The unit is one bold run on lines of its own (`**Purpose of the Report**`). */
  bold: boolean;
  /** The source block the unit began in, and the one its last line came from. */
  block: number;
  lastBlock: number;
}

/** A run of lines between blank lines, and how many blank lines came before it. */
interface SourceBlock {
  lines: string[];
  blanksBefore: number;
}

/** The last line of a report ("All.", its reference "ASCPH746 PDMv3"): what follows after a gap is another document, an appendix. */
const ENDS_REPORT = /^(?:\d+\.\s*)?All\.?$|^[A-Z]{3,}\d+\b/;

/** Lines of a hard-wrapped paragraph are this long; a paragraph on one line is longer, a heading shorter. */
const WRAPPED = { min: 55, max: 100 };

/** The seed's lines (footers dropped) in runs separated by blank lines. */
function sourceBlocks(seed: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  let blanks = 0;
  let current: string[] = [];
  for (const line of seed.replace(/\r\n?/g, '\n').split('\n').map(dropSeedFooter)) {
    if (line.trim() !== '') {
      current.push(line);
      continue;
    }
    if (current.length > 0) {
      blocks.push({ lines: current, blanksBefore: blanks });
      current = [];
      blanks = 0;
    }
    blanks += 1;
  }
  if (current.length > 0) blocks.push({ lines: current, blanksBefore: blanks });
  return blocks;
}

/** True when the seed is hard-wrapped like seed 000 (every line short), not a paragraph to a line. */
export function isHardWrapped(seed: string): boolean {
  const lines = seed.split('\n').filter((l) => l.trim() !== '' && !l.includes('\t'));
  const long = lines.filter((l) => l.trim().length > WRAPPED.max + 20).length;
  return lines.length > 0 && long / lines.length < 0.02;
}

/** True when `line` fills the width of a hard-wrapped paragraph. */
function fillsLine(line: string): boolean {
  return line.length >= WRAPPED.min && line.length <= WRAPPED.max;
}

/** A unit of one line, begun in source block `block`. */
function newUnit(kind: Unit['kind'], line: string, block: number): Unit {
  return { kind, lines: [line], label: '', depth: 0, role: null, openBold: false, bold: false, block, lastBlock: block };
}

/** True for a run of several short lines none of which is a numbered paragraph or item: an address, a signature. */
function isShortLines(lines: string[]): boolean {
  return lines.length > 1 && lines.every((l) => l.trim().length < WRAPPED.min && lineLabel(l.trim(), 0, '') === null);
}

/** Count of `**` / `***` markers in the text: odd leaves a bold run open. */
function boldMarkers(text: string): number {
  return (text.match(/\*{2,3}/g) ?? []).length;
}

/** Whether `line`, in the same source block as `unit` or (`sameBlock` false) the next one, carries `unit` on. */
function continues(unit: Unit, line: string, sameBlock: boolean, source: SourceBlock, hardWrapped: boolean): boolean {
  const last = unit.lines.at(-1) ?? '';
  if (unit.kind === 'capitals') return sameBlock && isCapitals(line) && !line.startsWith('**');
  if (unit.kind !== 'text' && unit.kind !== 'item') return false;
  if (unit.bold) return false;
  if (line.startsWith('**')) return false;
  if (sameBlock) {
    if (startsLower(line)) return true;
    if (!fillsLine(last)) return false;
    // a short heading after a sentence that ended the line before
    if (endsClause(last) && isHeadingLike(line) && line.length < WRAPPED.min) return false;
    return hardWrapped || !endsClause(last);
  }
  if (source.blanksBefore > 2) return false;
  if (startsLower(line)) return !endsSentence(last);
  return hardWrapped && fillsLine(last) && !endsClause(last) && !isShortLines(source.lines);
}

/** The seed's units: each label, header line, heading and paragraph, with its lines joined in order. */
function readUnits(seed: string): { units: Unit[]; pageBreaks: Set<Unit> } {
  const hardWrapped = isHardWrapped(seed);
  const units: Unit[] = [];
  const pageBreaks = new Set<Unit>();
  let previousLabel = '';
  sourceBlocks(seed).forEach((source, b) => {
    if (source.lines.every((l) => l.includes('\t'))) {
      const table = newUnit('table', '', b);
      table.lines = source.lines;
      units.push(table);
      return;
    }
    const lines = splitGluedBold(source.lines.join('\n')).split('\n');
    const raw = lines.map((l) => ({ indent: /^ */.exec(l)?.[0].length ?? 0, text: l.trim() })).filter((l) => l.text !== '');
    raw.forEach(({ indent, text }, i) => {
      const unit = units.at(-1);
      const append = (to: Unit): void => {
        to.lines.push(text);
        to.lastBlock = b;
        to.openBold = boldMarkers(to.lines.join(' ')) % 2 === 1;
      };
      if (unit?.openBold && unit.lastBlock !== b) unit.openBold = false;
      // a bold run never runs past its source block: a `**` left open there is a literal (a footnote's "**")
      if (unit?.openBold && unit.lastBlock === b) return append(unit);
      const last = unit?.lines.at(-1) ?? '';
      const opensDocument = i === 0 && source.blanksBefore >= 3 && units.length > 0 && ENDS_REPORT.test(last);
      const role = headerRole(text);
      if (role === null && opensDocument) {
        const fresh = newUnit(isCapitals(text) ? 'capitals' : 'text', text, b);
        pageBreaks.add(fresh);
        units.push(fresh);
        return;
      }
      if (role !== null) {
        const header = newUnit('header', text, b);
        header.role = role;
        if (role === 'report-to' && i === 0 && units.length > 0) pageBreaks.add(header);
        units.push(header);
        return;
      }
      const heading = /^(#{1,6})\s+(.*)$/.exec(text);
      if (heading) {
        units.push(newUnit('heading', heading[2] ?? '', b));
        return;
      }
      const label = lineLabel(text, indent, previousLabel);
      if (label) {
        previousLabel = label.label;
        const item = newUnit('item', label.text, b);
        item.label = label.label;
        item.depth = label.depth;
        item.openBold = boldMarkers(label.text) % 2 === 1;
        units.push(item);
        return;
      }
      if (unit && continues(unit, text, unit.lastBlock === b, source, hardWrapped)) return append(unit);
      const fresh = newUnit(isCapitals(text) ? 'capitals' : 'text', text, b);
      fresh.openBold = text.startsWith('**') && boldMarkers(text) % 2 === 1;
      fresh.bold = text.startsWith('**');
      units.push(fresh);
    });
  });
  for (const unit of units) {
    if (unit.bold) unit.bold = /^\*\*[^]*\*\*$/.test(unit.lines.join(' ')) && !unit.openBold;
  }
  return { units, pageBreaks };
}

/**
 * A unit's lines as one line of text: hard-wrapped lines joined with a space, or with nothing where the line broke
 * after a compound's hyphen ("Mid-" + "Nottinghamshire").
 */
function joined(unit: Unit): string {
  let text = '';
  for (const line of unit.lines) {
    const glue = text === '' || /\p{L}-$/u.test(text) ? '' : ' ';
    text += glue + line.trim();
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** The seed's table rows, cut at its tabs; a short row gets empty cells to the table's width. */
function tableRows(lines: string[]): string[][] {
  const rows = lines.map((l) => l.replace(/\s+$/, '').split('\t').map((c) => c.trim()));
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
}

/** The seed text as the paper's blocks, in order, every word kept (footers "Page N of M" aside). */
export function readSeedBlocks(seed: string): SeedBlock[] {
  const { units, pageBreaks } = readUnits(seed);
  const blocks: SeedBlock[] = [];
  const perBlock = new Map<number, Unit[]>();
  for (const unit of units) perBlock.set(unit.block, [...(perBlock.get(unit.block) ?? []), unit]);
  /** A block of short lines, each its own line (an address, a signature, a list of members). */
  const isLinesBlock = (group: Unit[]): boolean =>
    group.length > 1 && group.every((u) => u.kind === 'text' && !u.bold && u.lines.length === 1 && (u.lines[0]?.length ?? 0) < WRAPPED.max);
  let pendingLines: { block: number; lines: string[] } | null = null;
  const flush = (): void => {
    if (pendingLines) blocks.push({ kind: 'lines', lines: pendingLines.lines });
    pendingLines = null;
  };
  units.forEach((unit, u) => {
    if (pageBreaks.has(unit)) {
      flush();
      blocks.push({ kind: 'page-break' });
    }
    const group = perBlock.get(unit.block) ?? [];
    const text = joined(unit);
    if (unit.kind === 'table') {
      flush();
      const previous = blocks.at(-1);
      if (previous?.kind === 'table') previous.rows.push(...tableRows(unit.lines));
      else blocks.push({ kind: 'table', rows: tableRows(unit.lines) });
      return;
    }
    if (unit.kind === 'text' && isLinesBlock(group)) {
      if (pendingLines?.block !== unit.block) {
        flush();
        pendingLines = { block: unit.block, lines: [] };
      }
      pendingLines.lines.push(text);
      return;
    }
    flush();
    if (unit.kind === 'header' && unit.role) blocks.push({ kind: 'header', role: unit.role, text });
    else if (unit.kind === 'capitals') blocks.push({ kind: 'heading', level: 1, text });
    else if (unit.kind === 'heading') blocks.push({ kind: 'heading', level: 2, text });
    else if (unit.kind === 'item') {
      const headingItem = /^[A-Z]\)$/.test(unit.label) && isHeadingLike(text);
      if (headingItem) blocks.push({ kind: 'heading', level: 2, text: `${unit.label} ${text}` });
      else blocks.push({ kind: 'item', label: unit.label, depth: unit.depth, bold: isCapitals(text), text });
    } else if (unit.bold || (unit.lines.length === 1 && headsWhatFollows(unit, group) && isHeadingLike(text, !overItems(units[u + 1])))) {
      blocks.push({ kind: 'heading', level: 2, text });
    } else blocks.push({ kind: 'lines', lines: [text] });
  });
  flush();
  return blocks;
}

/** True when the next unit is a numbered paragraph, list item or table: a short line above one is its heading. */
function overItems(next: Unit | undefined): boolean {
  return next?.kind === 'item' || next?.kind === 'table';
}

/** True when no plain text follows the unit in its source block: a heading ends its run or stands over a numbered paragraph. */
function headsWhatFollows(unit: Unit, group: Unit[]): boolean {
  const next = group[group.indexOf(unit) + 1];
  return next === undefined || next.kind === 'item' || next.kind === 'table' || next.bold;
}
