import { expect, test } from 'vitest';
import { comparableWords, firstMissingInOrder } from './fidelity.ts';

test('words are letters and digits in lower case, markup and punctuation aside', () => {
  expect(comparableWords('**13<sup>th</sup> November 2017****Agenda Item: 4**')).toEqual(['13', 'november', '2017', 'agenda', 'item', '4']);
  expect(comparableWords('E: [jo@notts.gov.uk](mailto:jo@notts.gov.uk)')).toEqual(['e', 'jo', 'notts', 'gov', 'uk']);
});

test('Cyrillic look-alikes read as the Latin letters they stand for', () => {
  expect(comparableWords('Сare Quаlity')).toEqual(['care', 'quality']);
});

const words = (text: string) => comparableWords(text).map((word, i) => ({ word, line: i + 1 }));

test('all words in order, with extra words on the page between them', () => {
  expect(firstMissingInOrder(words('the committee agreed'), comparableWords('Report: the Policy committee has agreed.'))).toBeNull();
});

test('a lost word is reported with its line', () => {
  expect(firstMissingInOrder(words('the committee agreed it'), comparableWords('the committee it'))).toEqual({ word: 'agreed', line: 3 });
});

test('words out of order count as lost', () => {
  expect(firstMissingInOrder(words('first second'), comparableWords('second first'))).toEqual({ word: 'second', line: 2 });
});
