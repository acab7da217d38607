import { expect, test } from 'vitest';
import { describeDocument } from './describe-document.ts';

const meeting = { body: 'Adult Social Care and Public Health Committee', date: '2021-02-08' };
const body = '## Purpose of the Report\n\n<Para n="1">\n  To consider the Committee\'s work programme\n</Para>\n';

test('a report is described by its purpose, as a sentence', () => {
  expect(describeDocument({ kind: 'report', title: 'Work programme', body: meeting.body, meeting, agendaItem: '9' }, body)).toBe("To consider the Committee's work programme.");
});

test('minutes, and a report with no purpose, say what the paper is and where it was tabled', () => {
  expect(describeDocument({ kind: 'minutes', title: 'Minutes', body: meeting.body, meeting: { ...meeting, date: '2021-01-11' }, agendaItem: null }, body)).toBe(
    'Minutes of the Adult Social Care and Public Health Committee, 11 January 2021: Minutes',
  );
  expect(describeDocument({ kind: 'report', title: 'Work programme', body: meeting.body, meeting, agendaItem: '9' }, '## Background\n\nText.')).toBe(
    'Report to Adult Social Care and Public Health Committee, 8 February 2021, item 9: Work programme',
  );
});
