import { expect, test } from 'vitest';
import { detectAreas } from './detect-areas.ts';

test('a local area named in the title is enough', () => {
  expect(detectAreas('Integration in Mid-Nottinghamshire', 'The alliance met.')).toEqual(['mid-nottinghamshire']);
});

test('a local area named twice in the text counts; once does not', () => {
  expect(detectAreas('Update', 'Bassetlaw and Rushcliffe. Bassetlaw again.')).toEqual(['bassetlaw']);
});

test('a document naming no local area concerns the county', () => {
  expect(detectAreas('Work programme', 'The committee’s work programme.')).toEqual(['county-wide']);
});

test('national bodies and policy mentioned three times make it national too', () => {
  expect(detectAreas('Integrating care', 'NHS England asked. The Government will legislate. A national framework.')).toEqual(['county-wide', 'national']);
});

test('Greater Nottingham is South Nottinghamshire in the papers', () => {
  expect(detectAreas('The Greater Nottingham accountable care system', '')).toEqual(['south-nottinghamshire']);
});
