import { cleanHeaderText } from '../clean/clean-header-text.ts';
import { matchAgendaItem } from '../header/read-agenda-items.ts';
import type { SourceLine } from '../types.ts';

const MINUTES_LABEL = /^minutes:?$/i;
/** A link's file type and size, as a committee website prints it under an item: "PDF 231 KB", "Printed minutes PDF 312 KB". */
const FILE_LINK = /^(?:.{0,60}\s)?(?:pdf|docx?|xlsx?|pptx?|rtf|html?)\s+\d+(?:\.\d+)?\s*[km]b$/i;

/**
 * A committee website's meeting page cut into the agenda it shows (its header and each item's title) and the minutes
 * it holds (its header, each item's title and the text under "Minutes:"); no minutes when the page has none. The
 * page's own labels are left out of both: "Minutes:" over each item's minutes, and the file type and size of the
 * links to the papers ("PDF 231 KB").
 */
export function splitMeetingPage(lines: readonly SourceLine[]): { agenda: SourceLine[]; minutes: SourceLine[] | null } {
  const agenda: SourceLine[] = [];
  const minutes: SourceLine[] = [];
  let item: string | null = null;
  let inMinutes = false;
  let minutesText = false;
  for (const line of lines) {
    const text = cleanHeaderText(line.text);
    const next = matchAgendaItem(line.text, item);
    if (FILE_LINK.test(text)) continue;
    if (next) {
      item = next.n;
      inMinutes = false;
    } else if (item !== null && MINUTES_LABEL.test(text)) {
      inMinutes = true;
      continue;
    } else if (inMinutes && text !== '') minutesText = true;
    if (item === null || next) {
      agenda.push(line);
      minutes.push(line);
    } else if (inMinutes) minutes.push(line);
    else agenda.push(line);
  }
  return { agenda, minutes: minutesText ? minutes : null };
}
