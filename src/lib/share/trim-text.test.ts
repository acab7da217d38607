import { expect, test } from 'vitest';
import { trimText } from './trim-text.ts';

test('text that fits is kept whole', () => {
  expect(trimText('To consider the work programme.', 50)).toBe('To consider the work programme.');
});

test('long text ends at a sentence end that keeps at least half of it', () => {
  expect(trimText('The report updates the Committee. It also seeks approval for three posts in Bassetlaw.', 60)).toBe('The report updates the Committee.');
});

test('otherwise it is cut on a word boundary, with an ellipsis, within the limit', () => {
  const cut = trimText('To seek approval for the establishment of a Public Health Support Officer post, band B, for 12 months', 60);
  expect(cut).toBe('To seek approval for the establishment of a Public Health…');
  expect(cut.length).toBeLessThanOrEqual(60);
});

test('a cut drops the punctuation before it', () => {
  expect(trimText('alpha beta, gamma delta epsilon', 13)).toBe('alpha beta…');
});
