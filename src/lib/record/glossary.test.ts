import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { compileGlossary, glossarySchema, splitFirstTerms, type GlossaryTerm } from './glossary.ts';
import { loadGlossary } from './load-data.ts';

const t = (id: string, term: string, forms: string[] = []): GlossaryTerm => ({ id, term, forms, expansion: id, explanation: id });

test('splits out the first use of each term only, and remembers it across calls', () => {
  const matcher = compileGlossary([t('ccg', 'CCG', ['CCGs']), t('stp', 'STP')]);
  const seen = new Set<string>();
  expect(splitFirstTerms('CCGs and the STP and a CCG', matcher, seen).map((s) => [s.text, s.term?.id ?? null])).toEqual([
    ['CCGs', 'ccg'],
    [' and the ', null],
    ['STP', 'stp'],
    [' and a CCG', null],
  ]);
  expect(splitFirstTerms('the STP again', matcher, seen)).toEqual([{ text: 'the STP again' }]);
});

test('matches whole words only, case-sensitively', () => {
  const matcher = compileGlossary([t('asch', 'ASCH'), t('ot', 'OT')]);
  expect(splitFirstTerms('ASCH393, NOT, hot, Ot', matcher, new Set()).every((s) => !s.term)).toBe(true);
});

test('refuses an id or spelling used twice', () => {
  const result = glossarySchema.safeParse([t('ccg', 'CCG'), t('ccg', 'CCGs')]);
  expect(result.error?.issues.map((i) => i.message)).toEqual(['id "ccg" is already used by entry 1']);
});

test('the site’s glossary is valid, and every term is one the papers use', () => {
  const sources = readdirSync('sources').map((f) => readFileSync(join('sources', f), 'utf8')).join('\n');
  const glossary = loadGlossary();
  expect(glossary.length).toBeGreaterThan(50);
  const unused = glossary.flatMap((g) => [g.term, ...g.forms]).filter((form) => !sources.includes(form));
  expect(unused).toEqual([]);
});
