import { expect, test } from 'vitest';
import { groupIntoCommittees } from './committees.ts';
import { groupIntoMeetings, type DocumentLike } from './meetings.ts';

function report(id: string, body: string, date: string, meetingBody = body): DocumentLike {
  return { id, data: { kind: 'report', title: id, date, body, meeting: { body: meetingBody, date }, agendaItem: '1', parent: null, reference: null } };
}

test('groups meetings by committee, alphabetically, each newest first', () => {
  const docs = [
    report('a', 'Policy Committee', '2016-04-20'),
    report('b', 'Adult Social Care and Health Committee', '2015-06-29'),
    report('c', 'Adult Social Care and Health Committee', '2016-07-11'),
  ];
  const committees = groupIntoCommittees(groupIntoMeetings(docs), docs);
  expect(committees.map((c) => [c.slug, c.meetings.map((m) => m.date)])).toEqual([
    ['adult-social-care-and-health-committee', ['2016-07-11', '2015-06-29']],
    ['policy-committee', ['2016-04-20']],
  ]);
});

test('one committee spelt two ways keeps the spelling used most', () => {
  const docs = [
    report('a', 'Adult Social Care & Health Committee', '2015-06-29'),
    report('b', 'Adult Social Care and Health Committee', '2016-07-11'),
    report('c', 'Adult Social Care and Health Committee', '2016-07-12'),
  ];
  const [committee] = groupIntoCommittees(groupIntoMeetings(docs), docs);
  expect(committee?.name).toBe('Adult Social Care and Health Committee');
  expect(committee?.meetings).toHaveLength(3);
});

test('a report of one committee tabled at another’s meeting is listed under both', () => {
  const docs = [report('a', 'Health and Wellbeing Board', '2016-04-20', 'Policy Committee')];
  const committees = groupIntoCommittees(groupIntoMeetings(docs), docs);
  expect(committees.map((c) => [c.slug, c.meetings.length, c.elsewhere.map((d) => d.id)])).toEqual([
    ['health-and-wellbeing-board', 0, ['a']],
    ['policy-committee', 1, []],
  ]);
});
