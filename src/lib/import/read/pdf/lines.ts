/** One run of text as PDF.js places it on a page, in points: x from the page's left edge, y (its baseline) from the top. */
export interface PdfItem {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
  bold: boolean;
}

/** A run of a line's text with no wide gap inside: a table cell, or a paragraph's text with its number or bullet. */
export interface PdfSpan {
  text: string;
  x: number;
  right: number;
}

/** One printed line: its baseline, left and right edges, main font size and weight, and its spans from left to right. */
export interface PdfLine {
  y: number;
  x: number;
  right: number;
  size: number;
  bold: boolean;
  spans: PdfSpan[];
}

/** Items whose baselines differ by at most this share a line, as a share of the larger font size (superscripts included). */
const BASELINE_TOLERANCE = 0.5;
/** A gap wider than this, as a share of the font size, is a space between words. */
const SPACE_GAP = 0.2;
/** A gap at least this wide, as a share of the font size, parts two spans (two cells, or a number and its text). */
const SPAN_GAP = 0.6;
/** A paragraph number or bullet printed apart from its text: "12.", "1.3", "a)", "(iv)", "•", the PDF's private-use bullet. */
const MARKER = /^(?:\d{1,3}(?:\.\d{1,3})*\.?\)?|\(?(?:[a-z]|[ivx]{1,4})[.)]|\([a-z\d]{1,4}\)|[A-Z]\)|[\uF0B7•·▪◦●○■□➢►✓\-–*o])$/u;
/** A bullet glyph: joined to the text after it wherever it stands (a list in a table's cell); a dash or a number only at a line's start. */
const BULLET = /^[\uF0B7•·▪◦●○■□➢►✓]$/u;
const SUPERSCRIPT: Record<string, string> = { 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹' };

const isBlank = (text: string) => text.trim() === '';
const weight = (item: PdfItem) => item.text.replace(/\s/g, '').length;

/** Whether a lone span is a paragraph number or a bullet rather than a cell of its own. */
export function isListMarker(text: string): boolean {
  const t = text.trim();
  return MARKER.test(t) && !/^\d{1,3}$/.test(t);
}

/** Items grouped by baseline, top line first: an item joins the line whose main baseline is near enough its own. */
function groupByBaseline(items: readonly PdfItem[]): PdfItem[][] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: { ref: PdfItem; items: PdfItem[] }[] = [];
  for (const item of sorted) {
    const group = groups.at(-1);
    if (group && Math.abs(item.y - group.ref.y) <= BASELINE_TOLERANCE * Math.max(item.size, group.ref.size)) {
      group.items.push(item);
      // The line's baseline is its largest text's: a superscript read first gives way to the text it stands on.
      if (!isBlank(item.text) && (isBlank(group.ref.text) || item.size > group.ref.size)) group.ref = item;
    } else groups.push({ ref: item, items: [item] });
  }
  return groups.map((g) => g.items);
}

/** The size most of a line's characters are set in. */
function mainSize(items: readonly PdfItem[]): number {
  const bySize = new Map<number, number>();
  for (const item of items) bySize.set(item.size, (bySize.get(item.size) ?? 0) + weight(item));
  return [...bySize].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
}

/** A small raised item (a footnote mark, "th") next to the line's main text: digits become superscript digits. */
function superscripted(item: PdfItem, size: number, baseline: number): string {
  const raised = item.size < 0.85 * size && baseline - item.y > 0.2 * size;
  return raised && /^\s*\d+\s*$/.test(item.text) ? item.text.replace(/\d/g, (d) => SUPERSCRIPT[d] ?? d) : item.text;
}

/** The same text printed twice in the same place (how some PDFs fake bold) is read once. */
function isOverprint(item: PdfItem, kept: readonly PdfItem[]): boolean {
  return kept.some((k) => k.text === item.text && Math.abs(k.x - item.x) < 1 && Math.abs(k.y - item.y) < 1);
}

/** One line's items, left to right, into spans: words apart by a space where the gap says so, spans apart at a wide gap. */
function spansOf(items: readonly PdfItem[], size: number, baseline: number): PdfSpan[] {
  const spans: PdfSpan[] = [];
  let current: PdfSpan | null = null;
  let spaced = false;
  const kept: PdfItem[] = [];
  for (const item of [...items].sort((a, b) => a.x - b.x)) {
    if (isBlank(item.text)) {
      spaced = true;
      continue;
    }
    if (isOverprint(item, kept)) continue;
    kept.push(item);
    const text = superscripted(item, size, baseline);
    const gap = current === null ? 0 : item.x - current.right;
    if (current === null || gap >= SPAN_GAP * Math.max(size, item.size)) {
      current = { text: text.trim(), x: item.x, right: item.x + item.width };
      spans.push(current);
    } else {
      const space = (spaced || /\s$/.test(current.text) || /^\s/.test(text) || gap > SPACE_GAP * item.size) && text.trim() !== '';
      current.text = `${current.text.trimEnd()}${space ? ' ' : ''}${text.trim()}`;
      current.right = Math.max(current.right, item.x + item.width);
    }
    spaced = /\s$/.test(item.text);
  }
  return spans;
}

/**
 * A number or bullet span joined to the text after it with a space: "12." + "To provide…" → "12. To provide…". A number
 * or dash only at the start of the line (further along it is a table's cell: "1.5" posts, "-" for none); a bullet anywhere.
 */
function joinMarkers(spans: readonly PdfSpan[]): PdfSpan[] {
  const out: PdfSpan[] = [];
  for (const span of spans) {
    const before = out.at(-1);
    const joins = before !== undefined && isListMarker(before.text) && (out.length === 1 || BULLET.test(before.text));
    if (before && joins && !isListMarker(span.text)) {
      out[out.length - 1] = { text: `${before.text} ${span.text}`, x: before.x, right: span.right };
    } else out.push(span);
  }
  return out;
}

/**
 * Positioned items → printed lines, top to bottom: items on one baseline (within a tolerance) make a line, read left
 * to right, with a space where the gap between items is more than a fifth of the font size (none where PDF.js has one
 * already), and cut into spans at wide gaps. A number or bullet set apart from its text is joined to it.
 */
export function buildLines(items: readonly PdfItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  for (const group of groupByBaseline(items.filter((i) => i.text !== ''))) {
    const visible = group.filter((i) => !isBlank(i.text));
    if (visible.length === 0) continue;
    const size = mainSize(visible);
    const baseline = visible.filter((i) => i.size === size).reduce((sum, i) => sum + i.y, 0) / visible.filter((i) => i.size === size).length;
    const spans = joinMarkers(spansOf(group, size, baseline));
    const chars = visible.reduce((n, i) => n + weight(i), 0);
    const boldChars = visible.filter((i) => i.bold).reduce((n, i) => n + weight(i), 0);
    const first = spans[0];
    const last = spans.at(-1);
    if (!first || !last) continue;
    lines.push({ y: baseline, x: first.x, right: last.right, size, bold: boldChars * 2 >= chars, spans });
  }
  return lines;
}

/** A line's text with its spans joined by a space, as prose reads it. */
export function lineText(line: PdfLine): string {
  return line.spans.map((s) => s.text).join(' ');
}
