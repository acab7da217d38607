import type { SourceLine } from '../../types.ts';
import { joinLoneMarkers } from './join-lone-markers.ts';
import { joinWrappedDates } from './join-wrapped-dates.ts';
import { layoutColumnsToCells } from './layout-columns.ts';
import { restoreParagraphBreaks } from './restore-paragraph-breaks.ts';
import { splitRunOnLines } from './split-run-on-lines.ts';

/**
 * A text export's lines in the layout the later stages read: one printed line or paragraph a line, a blank line
 * between paragraphs. A page run onto one line is cut where its parts begin; columns kept by runs of spaces
 * (`pdftotext -layout`) become tab-separated cells; a paragraph number left on a line of
 * its own goes back to its text, as does a date or range wrapped in two; lost blank lines are put back. Text
 * already laid out so (every seed) comes back as it is. Only whitespace changes: every word stays, in order.
 */
export function rebuildLayout(lines: readonly SourceLine[]): SourceLine[] {
  return restoreParagraphBreaks(joinWrappedDates(joinLoneMarkers(layoutColumnsToCells(splitRunOnLines(lines)))));
}
