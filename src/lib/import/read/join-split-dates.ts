import type { SourceLine } from '../types.ts';

const ENDS_WITH_DAY = /(?:^|\s)\d{1,2}(?:st|nd|rd|th)?\s*$/;
const STARTS_WITH_MONTH_YEAR = /^\s*(?:January|February|March|April|May|June|July|August|September|October|November|December),?\s+\d{4}\b/;

/**
 * A date wrapped between its day and its month ("Report to the … Committee 8" over "February 2021", as a narrow
 * header column prints it) put back on one line, so the header reads its date.
 */
export function joinSplitDates(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    if (line && next && ENDS_WITH_DAY.test(line.text) && STARTS_WITH_MONTH_YEAR.test(next.text)) {
      out.push({ ...line, text: `${line.text.trimEnd()} ${next.text.trim()}` });
      i++;
    } else if (line) out.push(line);
  }
  return out;
}
