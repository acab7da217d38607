import { expect, test } from 'vitest';
import { editDistance, suggestQueries, unknownWords } from './did-you-mean.ts';

const VOCAB = ['Bassetlaw', 'Mid-Nottinghamshire', 'Better Care Fund', 'STP', 'Sustainability and Transformation Partnership', 'carers', 'integrated', 'Policy Committee'];

test('edit distance counts insertions, deletions, substitutions and swapped neighbours, and stops past the limit', () => {
  expect(editDistance('bassetlaw', 'bassetlaw')).toBe(0);
  expect(editDistance('basetlaw', 'bassetlaw')).toBe(1);
  expect(editDistance('bassetlwa', 'bassetlaw')).toBe(1);
  expect(editDistance('bsaetlwa', 'bassetlaw', 2)).toBe(3);
  expect(editDistance('a', 'abcdef', 2)).toBe(3);
});

test('a misspelt place or programme is offered in the vocabulary’s words', () => {
  expect(suggestQueries('Basetlaw', VOCAB)).toEqual(['Bassetlaw']);
  expect(suggestQueries('beter care fnd', VOCAB)).toEqual(['Better Care Fund']);
  expect(suggestQueries('intergrated', VOCAB)).toEqual(['integrated']);
});

test('each misspelt word of a longer query is mended on its own', () => {
  expect(suggestQueries('carres policy', VOCAB)).toEqual(['carers policy']);
  // Words typed right keep the reader's case; a mended word takes the vocabulary's spelling.
  expect(suggestQueries('Basetlaw Carers', VOCAB)).toEqual(['Bassetlaw Carers']);
});

test('short words, exact words and far-off words offer nothing', () => {
  expect(suggestQueries('stp', VOCAB)).toEqual([]);
  expect(suggestQueries('xyz', VOCAB)).toEqual([]);
  expect(suggestQueries('bassetlaw', VOCAB)).toEqual([]);
  expect(suggestQueries('zzzzzzzz', VOCAB)).toEqual([]);
  expect(suggestQueries('', VOCAB)).toEqual([]);
});

test('a query word is unknown when the papers never use it; numbers, references and short words never are', () => {
  expect(unknownWords('Basetlaw', VOCAB)).toEqual(['basetlaw']);
  expect(unknownWords('better care fnud', VOCAB)).toEqual(['fnud']);
  expect(unknownWords('Bassetlaw carers', VOCAB)).toEqual([]);
  expect(unknownWords('2021/002 ASCPH506 GP xyz', VOCAB)).toEqual([]);
});

test('the vocabulary holds glossary terms, committees, areas, frequent long title words and the papers’ words, once each', async () => {
  const { buildVocabulary } = await import('./vocabulary.ts');
  expect(
    buildVocabulary({
      glossary: [{ term: 'STP', expansion: 'Sustainability and Transformation Partnership' }],
      committees: ['Policy Committee', 'Policy Committee'],
      areas: ['Bassetlaw'],
      titles: ['Better Together in Mid-Nottinghamshire', 'Better care'],
      texts: ['<Para n="1">The <abbr>CCG</abbr> agreed the plan in bassetlaw.</Para>'.replace(/<[^>]*>/g, ' '), 'The plan was agreed'],
    }),
  ).toEqual(['agreed', 'Bassetlaw', 'better', 'mid-nottinghamshire', 'plan', 'Policy Committee', 'STP', 'Sustainability and Transformation Partnership', 'together']);
});

test('the vocabulary takes words with accents, inner apostrophes and hyphens, lower-cased, and nothing else', async () => {
  const { buildVocabulary } = await import('./vocabulary.ts');
  const words = buildVocabulary({
    glossary: [],
    committees: [],
    areas: [],
    titles: [],
    texts: ['Café providers’ co-ordination: 2×2 people’s REVIEW — £1,000 ÷ ’quoted’ naïve'],
  });
  expect(words).toEqual(['café', 'co-ordination', 'naïve', 'people’s', 'providers', 'quoted', 'review']);
});
