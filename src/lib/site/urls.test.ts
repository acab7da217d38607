import { expect, test } from 'vitest';
import { committeePath, documentPath, meetingPath, meetingSlug, sourcePath } from './urls.ts';

test('builds a document path, with a fragment when given one', () => {
  expect(documentPath('2016-04-20-policy-committee-item-7')).toBe('/documents/2016-04-20-policy-committee-item-7/');
  expect(documentPath('2016-04-20-policy-committee-item-7', 'p-1-13')).toBe('/documents/2016-04-20-policy-committee-item-7/#p-1-13');
});

test('builds a date-first meeting path from the committee’s full name', () => {
  const meeting = { body: 'Adult Social Care and Public Health Committee', date: '2021-02-08' };
  expect(meetingSlug(meeting)).toBe('2021-02-08-adult-social-care-and-public-health-committee');
  expect(meetingPath(meeting)).toBe('/meetings/2021-02-08-adult-social-care-and-public-health-committee/');
});

test('builds a committee path, spelling out an ampersand', () => {
  expect(committeePath('Adult Social Care & Health Committee')).toBe('/committees/adult-social-care-and-health-committee/');
  expect(committeePath('Policy Committee')).toBe('/committees/policy-committee/');
});

test('builds a source path, escaping what a URL cannot hold', () => {
  expect(sourcePath('000_ff8459ba548c6acb.txt')).toBe('/sources/000_ff8459ba548c6acb.txt');
  expect(sourcePath('a b.txt')).toBe('/sources/a%20b.txt');
});

test('a saved web page is published as text, a PDF as itself', () => {
  expect(sourcePath('meeting-page.html')).toBe('/sources/meeting-page.html.txt');
  expect(sourcePath('report.pdf')).toBe('/sources/report.pdf');
});
