import { expect, test } from 'vitest';
import type { SourceLine } from '../../types.ts';
import { authorPhraseEnd } from './author-phrase.ts';
import { joinLoneMarkers } from './join-lone-markers.ts';
import { joinWrappedDates } from './join-wrapped-dates.ts';
import { isLayoutText, layoutColumnsToCells } from './layout-columns.ts';
import { readsAsCells } from './reads-as-cells.ts';
import { lacksParagraphBreaks, restoreParagraphBreaks } from './restore-paragraph-breaks.ts';
import { cutPages, isPagePerLine, splitRunOnLines } from './split-run-on-lines.ts';

const lines = (...texts: string[]): SourceLine[] => texts.map((text, i) => ({ text, line: i + 1 }));
const texts = (out: readonly SourceLine[]) => out.map((l) => l.text);

test('the author ends where its known department does, and the title begins', () => {
  const run = 'REPORT OF THE CORPORATE DIRECTOR FOR ADULT SOCIAL CARE, HEALTH AND PUBLIC PROTECTION HEALTH AND SOCIAL CARE INTEGRATION';
  expect(run.slice(0, authorPhraseEnd(run) ?? 0)).toBe('REPORT OF THE CORPORATE DIRECTOR FOR ADULT SOCIAL CARE, HEALTH AND PUBLIC PROTECTION');
  const chair = 'REPORT OF THE CHAIR OF THE ADULT SOCIAL CARE AND HEALTH COMMITTEE UPDATE ON PROGRESS';
  expect(chair.slice(0, authorPhraseEnd(chair) ?? 0)).toBe('REPORT OF THE CHAIR OF THE ADULT SOCIAL CARE AND HEALTH COMMITTEE');
  expect(authorPhraseEnd('UPDATE ON PROGRESS')).toBeNull();
});

test('a paragraph number left on its own line goes back to its text, over blank lines', () => {
  expect(texts(joinLoneMarkers(lines('1.', '', 'To provide Members with an update', '2)', 'receives a report')))).toEqual(['1. To provide Members with an update', '2) receives a report']);
  expect(texts(joinLoneMarkers(lines('5.', '6.', '', 'A workshop was held')))).toEqual(['5.', '6. A workshop was held']);
});

test('a date wrapped after its day, and a range of years wrapped before its dash, are joined', () => {
  expect(texts(joinWrappedDates(lines('Report to the Adult Social Care and Public Health Committee 8', 'February 2021')))).toEqual(['Report to the Adult Social Care and Public Health Committee 8 February 2021']);
  expect(texts(joinWrappedDates(lines('the Digital Strategy for 2021', '- 2024 as detailed in paragraphs 18-20')))).toEqual(['the Digital Strategy for 2021 - 2024 as detailed in paragraphs 18-20']);
  // A footnote's number before a bullet is no range.
  expect(texts(joinWrappedDates(lines('decision-making easier where there is an ACP.4', '- 5. Local engagement')))).toHaveLength(2);
});

test('columns kept by runs of spaces become tab-separated cells, and numbers close up to their text', () => {
  const layout = lines(...Array.from({ length: 18 }, (_, i) => `       continued prose line ${i} of the report`), 'Post Title            FTE   Grade', 'Public Health         0.8   Band B', '8.     The Committee has authority');
  expect(isLayoutText(layout)).toBe(true);
  expect(texts(layoutColumnsToCells(layout)).slice(-3)).toEqual(['Post Title\tFTE\tGrade', 'Public Health\t0.8\tBand B', '8. The Committee has authority']);
  expect(isLayoutText(lines('Report to Policy Committee', '20 April 2016'))).toBe(false);
});

test("words read as a table's cells when a fifth are figures and hardly a sentence stands among them", () => {
  expect(readsAsCells('Service Provider Q1 Q2 Sexual Health Sherwood Forest 23,381 2,496 4,518 7,014 Nottingham University 40,123 3,333 5,000 8,333 Total 63,504 5,829 9,518 15,347')).toBe(true);
  expect(readsAsCells('The Better Together Alliance is a partnership between the clinical commissioning groups of Mid-Nottinghamshire and the County Council. It began in 2015.')).toBe(false);
});

test('blank lines between paragraphs are put back only where an export lost them', () => {
  const lost = lines(...Array.from({ length: 24 }, (_, i) => `${i + 1}. Paragraph ${i + 1} of the report ends here.`));
  expect(lacksParagraphBreaks(lost)).toBe(true);
  expect(restoreParagraphBreaks(lost).filter((l) => l.text === '')).toHaveLength(23);
  const kept = lines('Report to Policy Committee', '', '20 April 2016', '', 'Agenda Item: 7');
  expect(texts(restoreParagraphBreaks(kept))).toEqual(texts(kept));
});

test('in any text, header lines and a title in capitals stand apart from their neighbours', () => {
  const header = lines('Report to Policy Committee', '20 April 2016', 'Agenda Item: 7', 'REPORT OF THE CHAIR OF THE ADULT SOCIAL CARE AND HEALTH COMMITTEE', 'UPDATE ON PROGRESS', 'Purpose of the Report', '', '1. To provide Members with an update.');
  expect(texts(restoreParagraphBreaks(header))).toEqual(['Report to Policy Committee', '', '20 April 2016', '', 'Agenda Item: 7', '', 'REPORT OF THE CHAIR OF THE ADULT SOCIAL CARE AND HEALTH COMMITTEE', '', 'UPDATE ON PROGRESS', '', 'Purpose of the Report', '', '1. To provide Members with an update.']);
});

test('a page run onto one line is cut into its header lines, title, headings and numbered paragraphs', () => {
  const page = 'Report to Policy Committee 20 April 2016 Agenda Item: 7 REPORT OF THE CHAIR OF THE ADULT SOCIAL CARE AND HEALTH COMMITTEE UPDATE ON PROGRESS WITH ARRANGEMENTS Purpose of the Report 1. To provide Members with an update, as set out in paragraph 3. Information and Advice 2. The Better Together Alliance is a partnership.';
  expect(cutPages(page).map((p) => p.text)).toEqual([
    'Report to Policy Committee 20 April 2016',
    'Agenda Item: 7',
    'REPORT OF THE CHAIR OF THE ADULT SOCIAL CARE AND HEALTH COMMITTEE',
    'UPDATE ON PROGRESS WITH ARRANGEMENTS',
    'Purpose of the Report',
    '1. To provide Members with an update, as set out in paragraph 3.',
    'Information and Advice',
    '2. The Better Together Alliance is a partnership.',
  ]);
});

test('numbering runs on from page to page, and each part keeps its page line', () => {
  const pages = lines(`${'1. The first paragraph of a long report, and its words run on. '.repeat(12)}`, `${'2. The second paragraph starts the next page, and its words run on. '.repeat(12)}`);
  expect(isPagePerLine(pages)).toBe(true);
  const parts = splitRunOnLines(pages).filter((l) => l.text !== '');
  expect(parts.map((l) => [l.text.slice(0, 3), l.line])).toEqual([['1. ', 1], ['2. ', 2]]);
});
