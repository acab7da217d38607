import { classifyLine } from './classify-line.ts';
import { isSectionHeading } from './section-headings.ts';
import type { SourceLine } from '../types.ts';

/** One theme of a diagram: the points printed with it (the PDF gives them before its name) and its name. */
export interface ThemeItem {
  points: SourceLine[];
  label: SourceLine[];
}

/** A diagram's themes, read from the lines `start` to `end` (indexes into the body's lines, both included). */
export interface ThemeRun {
  start: number;
  end: number;
  items: ThemeItem[];
}

type Chunk = { kind: 'label' | 'point' | 'other'; from: number; to: number; lines: SourceLine[] };

const MIN_THEMES = 4;
const TERMINAL = /[.:;!?,]["'”’)]*$/u;

function chunkKind(lines: readonly SourceLine[]): Chunk['kind'] {
  const kinds = lines.map((l) => classifyLine(l.text));
  const text = lines.map((l) => l.text.trim()).join(' ');
  const words = text.split(/\s+/).length;
  if (lines.length <= 2 && kinds.every((k) => k.type === 'text') && text.length <= 40 && words <= 5 && /^\p{Lu}/u.test(text) && !TERMINAL.test(text) && !/[:@\d()]/u.test(text) && !isSectionHeading(text)) return 'label';
  const first = kinds[0];
  if (lines.length === 1 && (first?.type === 'bullet' || first?.type === 'text') && first.text.length >= 20 && !TERMINAL.test(first.text)) return 'point';
  return 'other';
}

/** The body's lines in chunks: runs of non-blank lines between blank ones. */
function chunks(lines: readonly SourceLine[]): Chunk[] {
  const out: Chunk[] = [];
  let current: SourceLine[] = [];
  let from = 0;
  const close = (to: number) => {
    if (current.length > 0) out.push({ kind: chunkKind(current), from, to, lines: current });
    current = [];
  };
  lines.forEach((line, i) => {
    if (line.text.trim() === '') close(i - 1);
    else {
      if (current.length === 0) from = i;
      current.push(line);
    }
  });
  close(lines.length - 1);
  return out;
}

/**
 * Diagrams the PDF flattened into lines: four or more short names (a theme each, "Citizens", "Digital Social / Care"),
 * each with at most one unpunctuated line of points printed before it. Found so the structure stage can keep each
 * theme with its points, in the order printed, instead of reading the names as headings.
 */
export function findThemeRuns(lines: readonly SourceLine[]): ThemeRun[] {
  const runs: ThemeRun[] = [];
  let items: ThemeItem[] = [];
  let points: Chunk[] = [];
  let start = -1;
  const flush = () => {
    const last = items.at(-1);
    if (items.length >= MIN_THEMES && last) runs.push({ start, end: lines.indexOf(last.label.at(-1)!), items });
    items = [];
    points = [];
    start = -1;
  };
  for (const chunk of chunks(lines)) {
    if (chunk.kind === 'label') {
      if (start < 0) start = points[0]?.from ?? chunk.from;
      items.push({ points: points.flatMap((p) => p.lines), label: chunk.lines });
      points = [];
    } else if (chunk.kind === 'point' && points.length === 0) {
      points = [chunk];
      if (start < 0) start = chunk.from;
    } else {
      flush();
      if (chunk.kind === 'point') {
        points = [chunk];
        start = chunk.from;
      }
    }
  }
  flush();
  return runs;
}
