import { join } from 'node:path';
import { expect, test } from 'vitest';
import { mergeMeeting, readMeetingDetails, readTime } from './read-meeting-details.ts';
import { readHeaders } from './read-headers.ts';
import { readSource } from '../read/read-source.ts';
import { SOURCES } from '../seeds.fixture.ts';
import { splitDocuments } from '../split/split-documents.ts';

test('times as the papers print them', () => {
  expect(readTime('Monday, 08 February 2021 at 10:30')).toBe('10:30');
  expect(readTime('Date 11 January 2021 (commencing at 10.30 am)')).toBe('10:30');
  expect(readTime('13 March 2019 at 2 pm')).toBe('14:00');
  expect(readTime('20 April 2016')).toBeNull();
  expect(readTime('25 Mar 2021 - 10:30')).toBe('10:30');
  expect(readTime('Monday 8 February 2021, 10.30 am')).toBe('10:30');
  expect(readTime('Monday, 8th February, 2021 10.30 am')).toBe('10:30');
  expect(readTime('Wednesday, 10 December 2014 at 10:30 County Hall')).toBe('10:30');
  expect(readTime('on Thursday, 27th March 2014 at 2.00 pm for the transaction of the following business')).toBe('14:00');
  expect(readTime('Time: 10.30 am')).toBe('10:30');
  expect(readTime('Monday 8 February 2021')).toBeNull();
});

test('the 8 February 2021 pack: its meeting with time, venue and items, and the meeting its minutes record', async () => {
  const source = await readSource(join(SOURCES, '003_eed2e8c921d033d5.txt'));
  const meetings = readMeetingDetails(readHeaders(source, splitDocuments(source), {}));
  expect(meetings.map(({ items, ...meeting }) => meeting)).toEqual([
    { body: 'Adult Social Care and Public Health Committee', date: '2021-02-08', time: '10:30', venue: 'Virtual meeting, https://www.youtube.com/user/nottscc' },
    { body: 'Adult Social Care and Public Health Committee', date: '2021-01-11', time: '10:30', venue: null },
  ]);
  expect(meetings[0]?.items.map((i) => [i.n, i.pages])).toEqual([
    ['1', [1, 6]], ['2', null], ['3', null], ['4', [7, 18]], ['5', [19, 28]], ['6', [29, 84]], ['7', [85, 94]], ['8', [95, 98]], ['9', [99, 102]],
  ]);
  expect(meetings[0]?.items[3]?.title).toBe("Adult Social Care and Public Health Department's Digital Strategy for 2021-2024");
  expect(meetings[1]?.items).toEqual([]);
});

test('a report alone gives its meeting, with nothing more known', async () => {
  const source = await readSource(join(SOURCES, '000_ff8459ba548c6acb.txt'));
  expect(readMeetingDetails(readHeaders(source, splitDocuments(source), {}))).toEqual([{ body: 'Policy Committee', date: '2016-04-20', time: null, venue: null, items: [] }]);
});

test('importing a report later keeps what the agenda said of its meeting', () => {
  const onFile = { body: 'Policy Committee', date: '2016-04-20', time: '10:30', venue: 'County Hall', items: [{ n: '7', title: 'Integration in Mid-Nottinghamshire', pages: [1, 9] as [number, number] }] };
  expect(mergeMeeting(onFile, { ...onFile, time: null, venue: null, items: [] })).toEqual(onFile);
});
