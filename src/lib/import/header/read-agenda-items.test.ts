import { expect, test } from 'vitest';
import { readAgendaItems, splitRunOnItems } from './read-agenda-items.ts';

const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

test('items line by line, with their pages: tab-separated, or after spaces round the dash', () => {
  expect(readAgendaItems(lines('1\tMinutes of the last meeting\t1 - 6', '2\tApologies for Absence\t', '3. Digital Strategy for 2021-2024', '4 Work Programme 99 - 102'))).toEqual([
    { n: '1', title: 'Minutes of the last meeting', pages: [1, 6] },
    { n: '2', title: 'Apologies for Absence', pages: null },
    { n: '3', title: 'Digital Strategy for 2021-2024', pages: null },
    { n: '4', title: 'Work Programme', pages: [99, 102] },
  ]);
});

test('only the next number is an item: dates, sentences and numbers out of turn are not', () => {
  expect(readAgendaItems(lines('08 February 2021', '1\tMinutes', '1) That the minutes be agreed', '3\tOut of turn', '2\tApologies for Absence', '3 members were present.')).map((i) => i.n)).toEqual(['1', '2']);
});

test('items run onto one line are cut where the next number begins, not at a page range or a date', () => {
  const items = splitRunOnItems('1 Minutes of the last meeting held on 2 March 2016 3 - 8 2 Apologies for Absence 3 Declarations of Interests (a) Disclosable Pecuniary Interests 4 Update on Progress 9 - 30');
  expect(items).toEqual([
    { n: '1', title: 'Minutes of the last meeting held on 2 March 2016', pages: [3, 8] },
    { n: '2', title: 'Apologies for Absence', pages: null },
    { n: '3', title: 'Declarations of Interests (a) Disclosable Pecuniary Interests', pages: null },
    { n: '4', title: 'Update on Progress', pages: [9, 30] },
  ]);
});
