import { expect, test } from 'vitest';
import { compileGlossary, type GlossaryTerm } from './glossary.ts';
import { firstUses } from './first-use.ts';

const t = (id: string, term: string): GlossaryTerm => ({ id, term, forms: [], expansion: id, explanation: id });

test('finds the earliest document using each term, and the paragraph around it', () => {
  const matcher = compileGlossary([t('ccg', 'CCG'), t('ics', 'ICS'), t('mou', 'MOU')]);
  const uses = firstUses(matcher, [
    { id: '2021-02-08-x', date: '2021-02-08', body: '<Para n="8">\nthe ICS and the CCG\n</Para>' },
    { id: '2016-04-20-y', date: '2016-04-20', body: '## CCG heading\n\n<Para n="1.13">\nthe CCG\n</Para>\n\n<Resolution ref="2016/001">\nMOU\n</Resolution>' },
  ]);
  expect(Object.fromEntries(uses)).toEqual({
    ccg: { document: '2016-04-20-y', anchor: null },
    mou: { document: '2016-04-20-y', anchor: 'resolution-2016-001' },
    ics: { document: '2021-02-08-x', anchor: 'p-8' },
  });
});
