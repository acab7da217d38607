import { expect, test } from 'vitest';
import type { DocumentData } from '../model/document.ts';
import { compareAgendaItems, groupIntoMeetings, meetingOf, type DocumentLike } from './meetings.ts';

const ASCPH = 'Adult Social Care and Public Health Committee';

function doc(id: string, kind: DocumentData['kind'], agendaItem: string | null, extra: Partial<DocumentLike['data']> = {}): DocumentLike {
  return {
    id,
    data: { kind, title: id, date: '2021-02-08', body: ASCPH, meeting: { body: ASCPH, date: '2021-02-08' }, agendaItem, parent: null, reference: null, ...extra },
  };
}

const pack = [
  doc('item-10', 'report', '10'),
  doc('item-6-appendix-2', 'appendix', '6', { parent: 'item-6' }),
  doc('item-6', 'report', '6'),
  doc('minutes', 'minutes', '1', { date: '2021-01-11' }),
  doc('item-6-appendix-1', 'appendix', '6', { parent: 'item-6' }),
  doc('agenda', 'agenda', null),
  doc('item-4', 'report', '4'),
];

test('compares agenda items as numbers, with no item first', () => {
  expect(['10', '4a', null, '4', '1'].sort(compareAgendaItems)).toEqual([null, '1', '4', '4a', '10']);
});

test('lists what was tabled in agenda-item order, appendices nested under their report', () => {
  const [february] = groupIntoMeetings(pack);
  expect(february?.slug).toBe('2021-02-08-adult-social-care-and-public-health-committee');
  expect(february?.tabled.map((t) => [t.document.id, t.appendices.map((a) => a.id)])).toEqual([
    ['agenda', []],
    ['minutes', []],
    ['item-4', []],
    ['item-6', ['item-6-appendix-1', 'item-6-appendix-2']],
    ['item-10', []],
  ]);
});

test('minutes also make the meeting they record, newest meeting first', () => {
  const meetings = groupIntoMeetings(pack);
  expect(meetings.map((m) => m.date)).toEqual(['2021-02-08', '2021-01-11']);
  expect(meetings[1]?.tabled).toEqual([]);
  expect(meetings[1]?.recordedIn.map((d) => d.id)).toEqual(['minutes']);
});

test('an appendix whose report was tabled elsewhere stands on its own', () => {
  const [meeting] = groupIntoMeetings([doc('lone-appendix', 'appendix', '3', { parent: 'not-here' })]);
  expect(meeting?.tabled.map((t) => t.document.id)).toEqual(['lone-appendix']);
});

test('finds the meeting a document was tabled at', () => {
  const meetings = groupIntoMeetings(pack);
  expect(meetingOf(pack[3]!, meetings)?.date).toBe('2021-02-08');
});
