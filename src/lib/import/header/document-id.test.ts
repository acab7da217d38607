import { expect, test } from 'vitest';
import { documentId } from './document-id.ts';

const meeting = { body: 'Adult Social Care and Public Health Committee', date: '2021-02-08' };
const base = { date: '2021-02-08', body: meeting.body, meeting, agendaItem: '6', title: 'Development of integrated care systems' };

test('a report is its meeting and item', () => {
  expect(documentId({ ...base, kind: 'report' })).toBe('2021-02-08-adult-social-care-and-public-health-committee-item-6');
});

test('minutes take the date of the meeting they record, not the one they are tabled at', () => {
  expect(documentId({ ...base, kind: 'minutes', date: '2021-01-11', agendaItem: '1' })).toBe('2021-01-11-adult-social-care-and-public-health-committee-minutes');
});

test('an agenda is its meeting', () => {
  expect(documentId({ ...base, kind: 'agenda', agendaItem: null })).toBe('2021-02-08-adult-social-care-and-public-health-committee-agenda');
});

test('an appendix hangs off its report', () => {
  expect(documentId({ ...base, kind: 'appendix', parentId: '2021-02-08-adult-social-care-and-public-health-committee-item-6', appendix: '2' })).toBe(
    '2021-02-08-adult-social-care-and-public-health-committee-item-6-appendix-2',
  );
});

test('a report with no agenda item is named by the first words of its title', () => {
  expect(documentId({ ...base, kind: 'report', agendaItem: null, title: 'Health and Social Care Integration in Nottinghamshire: an update' })).toBe(
    '2021-02-08-adult-social-care-and-public-health-committee-health-and-social-care-integration-in',
  );
});
