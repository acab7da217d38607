import { expect, test } from 'vitest';
import { addressedTo, appendixNumber, authorLine } from './document-words.ts';

const meeting = { body: 'Policy Committee', date: '2016-04-20' };

test('says whom a document is addressed to, as the council prints it', () => {
  expect(addressedTo({ kind: 'report', body: 'Policy Committee', meeting })).toBe('Report to Policy Committee');
  expect(addressedTo({ kind: 'appendix', body: 'Policy Committee', meeting })).toBe('Appendix to a report to Policy Committee');
  expect(addressedTo({ kind: 'agenda', body: 'Policy Committee', meeting })).toBe('Agenda of the Policy Committee');
  expect(addressedTo({ kind: 'minutes', body: 'Policy Committee', meeting })).toBe('Minutes of the Policy Committee');
});

test('puts an author role as “Report of …” once only', () => {
  expect(authorLine('Report of the Leader of the Council')).toBe('Report of the Leader of the Council');
  expect(authorLine('Corporate Director, Adult Social Care and Health')).toBe('Report of the Corporate Director, Adult Social Care and Health');
  expect(authorLine('The Chair of the Health and Wellbeing Board')).toBe('Report of the Chair of the Health and Wellbeing Board');
});

test('reads an appendix’s number from its id', () => {
  expect(appendixNumber('2021-02-08-adult-social-care-and-public-health-committee-item-6-appendix-1')).toBe('1');
  expect(appendixNumber('2021-02-08-x-item-6-appendix-b')).toBe('B');
  expect(appendixNumber('2016-04-20-policy-committee-item-7')).toBeUndefined();
});
