import type { SourceLine } from '../../types.ts';

const ENDS_WITH_DAY = /(?:^|\s)\d{1,2}(?:st|nd|rd|th)?\s*$/;
const STARTS_WITH_MONTH_YEAR = /^\s*(?:January|February|March|April|May|June|July|August|September|October|November|December),?\s+\d{4}\b/;
const ENDS_WITH_YEAR = /\b\d{4}\s*$/;
/** A line that starts "- 2024 …" under one that ends on a year: the second half of a range ("2021 - 2024"), not a bullet. */
const STARTS_WITH_RANGE_END = /^\s*[-–]\s+\d{4}\b/;

/**
 * Dates and ranges a narrow column wrapped, put back on one line: between a day and its month ("Report to the …
 * Committee 8" over "February 2021"), so the header reads its date; and before a range's dash ("Strategy for 2021"
 * over "- 2024 as detailed …"), so the dash does not read as a bullet.
 */
export function joinWrappedDates(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    const wrapped = line && next && ((ENDS_WITH_DAY.test(line.text) && STARTS_WITH_MONTH_YEAR.test(next.text)) || (ENDS_WITH_YEAR.test(line.text) && STARTS_WITH_RANGE_END.test(next.text)));
    if (line && next && wrapped) {
      out.push({ ...line, text: `${line.text.trimEnd()} ${next.text.trim()}` });
      i++;
    } else if (line) out.push(line);
  }
  return out;
}
