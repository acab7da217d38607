import { expect, test } from 'vitest';
import { editDistance, suggestQueries } from './did-you-mean.ts';

const VOCAB = ['Bassetlaw', 'Mid-Nottinghamshire', 'Better Care Fund', 'STP', 'Sustainability and Transformation Partnership', 'carers', 'integrated', 'Policy Committee'];

test('edit distance counts insertions, deletions, substitutions and swapped neighbours, and stops past the limit', () => {
  expect(editDistance('bassetlaw', 'bassetlaw')).toBe(0);
  expect(editDistance('basetlaw', 'bassetlaw')).toBe(1);
  expect(editDistance('bassetlwa', 'bassetlaw')).toBe(1);
  expect(editDistance('bsaetlwa', 'bassetlaw', 2)).toBe(3);
  expect(editDistance('a', 'abcdef', 2)).toBe(3);
});

test('a misspelt place or programme is offered in the vocabulary’s words', () => {
  expect(suggestQueries('Basetlaw', VOCAB)).toEqual(['bassetlaw']);
  expect(suggestQueries('beter care fnd', VOCAB)).toEqual(['better care fund']);
  expect(suggestQueries('intergrated', VOCAB)).toEqual(['integrated']);
});

test('each misspelt word of a longer query is mended on its own', () => {
  expect(suggestQueries('carres policy', VOCAB)).toEqual(['carers policy']);
});

test('short words, exact words and far-off words offer nothing', () => {
  expect(suggestQueries('stp', VOCAB)).toEqual([]);
  expect(suggestQueries('xyz', VOCAB)).toEqual([]);
  expect(suggestQueries('bassetlaw', VOCAB)).toEqual([]);
  expect(suggestQueries('zzzzzzzz', VOCAB)).toEqual([]);
  expect(suggestQueries('', VOCAB)).toEqual([]);
});

test('the vocabulary holds glossary terms, committees, areas and frequent long title words, once each', async () => {
  const { buildVocabulary } = await import('./vocabulary.ts');
  expect(
    buildVocabulary({
      glossary: [{ term: 'STP', expansion: 'Sustainability and Transformation Partnership' }],
      committees: ['Policy Committee', 'Policy Committee'],
      areas: ['Bassetlaw'],
      titles: ['Better Together in Mid-Nottinghamshire', 'Better care'],
    }),
  ).toEqual(['Bassetlaw', 'better', 'mid-nottinghamshire', 'Policy Committee', 'STP', 'Sustainability and Transformation Partnership', 'together']);
});
