import { expect, test } from 'vitest';
import { matchBodyName, matchMeetingHeading, matchMinutesHeading, matchSummons, venueOf } from './match-meeting-lines.ts';

test('a body’s name alone; a county council as the full council', () => {
  expect(matchBodyName('ADULT SOCIAL CARE AND PUBLIC HEALTH COMMITTEE')).toBe('ADULT SOCIAL CARE AND PUBLIC HEALTH COMMITTEE');
  expect(matchBodyName('Health and Wellbeing Board')).toBe('Health and Wellbeing Board');
  expect(matchBodyName('NOTTINGHAMSHIRE COUNTY COUNCIL')).toBe('County Council');
  expect(matchBodyName('The Committee is asked to note the report.')).toBeNull();
  expect(matchBodyName('Agenda and minutes')).toBeNull();
  expect(matchBodyName('Nottinghamshire County Council Policy Committee')).toBe('Policy Committee');
  expect(matchBodyName('Report to Policy Committee')).toBeNull();
});

test('a front sheet’s heading run onto one line', () => {
  expect(matchMeetingHeading('Policy Committee Wednesday, 10 December 2014 at 10:30 County Hall, West Bridgford, Nottingham AGENDA 1 Minutes')).toEqual({
    body: 'Policy Committee',
    date: '2014-12-10',
    dateText: 'Wednesday, 10 December 2014 at 10:30',
    rest: 'County Hall, West Bridgford, Nottingham AGENDA 1 Minutes',
  });
  expect(matchMeetingHeading('Report to Policy Committee 20 April 2016')).toBeNull();
});

test('the headings of minutes, and sentences that only mention minutes', () => {
  expect(matchMinutesHeading('MINUTES of the meeting of the Policy Committee held on 10 December 2014 at 10.30 am at County Hall')).toEqual({ body: 'Policy Committee', date: '2014-12-10' });
  expect(matchMinutesHeading('Health and Wellbeing Board Minutes of the meeting held on Wednesday 2 March 2016')).toEqual({ body: 'Health and Wellbeing Board', date: '2016-03-02' });
  expect(matchMinutesHeading('Minutes of the meeting held on 11 January 2021')).toEqual({ body: null, date: '2021-01-11' });
  expect(matchMinutesHeading('Minutes of the meeting held on 7 December 2020 were confirmed.')).toBeNull();
  expect(matchMinutesHeading('1. Minutes of the meeting held on 7 December 2020')).toBeNull();
});

test('a summons, its body and date', () => {
  expect(matchSummons('You are hereby summoned to attend a meeting of the County Council to be held at County Hall, West Bridgford, Nottingham on Thursday, 27th March 2014 at 10.30 am for the transaction of the following business')).toEqual({ body: 'County Council', date: '2014-03-27' });
});

test('the venue a summons or minutes heading names', () => {
  expect(venueOf('to be held at County Hall, West Bridgford, Nottingham on Thursday, 27th March 2014 at 10.30 am')).toBe('County Hall, West Bridgford, Nottingham');
  expect(venueOf('MINUTES of the meeting of the Policy Committee held on 10 December 2014 at 10.30 am at County Hall.')).toBe('County Hall');
  expect(venueOf('Minutes of the meeting held on 11 January 2021')).toBeNull();
});
