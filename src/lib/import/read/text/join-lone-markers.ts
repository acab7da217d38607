import type { SourceLine } from '../../types.ts';

/** A paragraph number, a point's marker or a bullet with nothing after it: "12.", "1)", "(a)", "•". */
const LONE_MARKER = /^\s*(?:\d{1,3}(?:\.\d{1,3})*\.?|\(?[a-z]\)|\d{1,2}\)|\([ivx]{1,4}\)|[•·▪◦\uF0B7])\s*$/u;

/** A line that starts with a marker of its own ("20. ICSs now need …"): a wrapped number above it is not its marker. */
const STARTS_WITH_MARKER = /^\s*(?:\d{1,3}(?:\.\d{1,3})*\.?|\(?[a-z]\)|\d{1,2}\)|\([ivx]{1,4}\)|[•·▪◦\uF0B7])(?:\s|$)/u;

/**
 * A marker left on a line of its own, its text below after blank lines (how `pdftotext` reads a hanging indent:
 * "1." over "To provide Members …"), joined back to its text: "1. To provide Members …".
 */
export function joinLoneMarkers(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    let next = i + 1;
    while (lines[next]?.text.trim() === '') next++;
    const text = lines[next];
    if (LONE_MARKER.test(line.text) && text && !STARTS_WITH_MARKER.test(text.text)) {
      out.push({ ...line, text: `${line.text.trim()} ${text.text.trim()}` });
      i = next;
      continue;
    }
    out.push(line);
  }
  return out;
}
