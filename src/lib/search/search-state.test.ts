import { expect, test } from 'vitest';
import { normaliseQuery, pagefindSort, readSearchState, worthPreloading, writeSearchState } from './search-state.ts';

const read = (query: string) => readSearchState(new URLSearchParams(query));

test('reads the query, the filters and the sort from the address', () => {
  expect(read('?q=better+care&kind=Report&kind=Minutes&area=Bassetlaw&sort=newest')).toEqual({
    q: 'better care',
    filters: { kind: ['Report', 'Minutes'], area: ['Bassetlaw'] },
    sort: 'newest',
  });
});

test('ignores unknown parameters, empty and repeated values, and an unknown sort', () => {
  expect(read('?q=&kind=&kind=Report&kind=Report&utm_source=x&sort=random')).toEqual({ q: '', filters: { kind: ['Report'] }, sort: 'relevance' });
});

test('tidies the query: whitespace collapsed, trimmed, cut to 200 characters', () => {
  expect(normaliseQuery('  STP \n  update ')).toBe('STP update');
  expect(normaliseQuery('x'.repeat(500))).toHaveLength(200);
});

test('writes a state back as a query string that reads the same', () => {
  const state = { q: 'resolution 2021/002', filters: { year: ['2021'], committee: ['Policy Committee'] }, sort: 'oldest' as const };
  const written = writeSearchState(state);
  expect(written).toBe('?q=resolution+2021%2F002&committee=Policy+Committee&year=2021&sort=oldest');
  expect(read(written)).toEqual(state);
});

test('an empty search is an empty query string; relevance is never written', () => {
  expect(writeSearchState({ q: '', filters: {}, sort: 'relevance' })).toBe('');
});

test('asks Pagefind to sort by date only when the reader chose a date order', () => {
  expect(pagefindSort('relevance')).toBeNull();
  expect(pagefindSort('newest')).toEqual({ date: 'desc' });
  expect(pagefindSort('oldest')).toEqual({ date: 'asc' });
});

test('preloads the index while typing only once the last word has three characters', () => {
  expect(['', 'c', 'ca', 'better c', 'better ca ', '20'].map(worthPreloading)).toEqual([false, false, false, false, false, false]);
  expect(['car', 'better car', 'STP', '2021/002', 'ASCPH506'].map(worthPreloading)).toEqual([true, true, true, true, true]);
});
