import { expect, test } from 'vitest';
import { paragraphId, recommendationId, resolutionId } from './anchors.ts';

test('paragraph ids keep the council’s number, dots as dashes', () => {
  expect(paragraphId('12')).toBe('p-12');
  expect(paragraphId('1.13')).toBe('p-1-13');
});

test('recommendation ids take the number or the letter, lower case', () => {
  expect(recommendationId('1')).toBe('recommendation-1');
  expect(recommendationId('A')).toBe('recommendation-a');
});

test('resolution ids take the reference, slash as dash', () => {
  expect(resolutionId('2021/002')).toBe('resolution-2021-002');
});
