import { expect, test } from 'vitest';
import { mergedRedirects } from './merged-redirects.ts';

const published = new Set(['/decisions/2015-11-asch-agreed/', '/decisions/2016-04-20-policy-recalled/', '/decisions/2015-11-02-asch-agreed/']);

test('each published address of a merged id forwards to the entry it was merged into', () => {
  const decisions = [
    { id: '2015-11-02-asch-agreed', mergedIds: ['2015-11-asch-agreed', '2016-04-20-policy-recalled'] },
    { id: '2017-01-other' },
  ];
  expect(mergedRedirects(decisions, published)).toEqual({
    '/decisions/2015-11-asch-agreed/': '/decisions/2015-11-02-asch-agreed/',
    '/decisions/2016-04-20-policy-recalled/': '/decisions/2015-11-02-asch-agreed/',
  });
});

test('a merged id never published needs no redirect', () => {
  expect(mergedRedirects([{ id: '2015-11-02-asch-agreed', mergedIds: ['2015-11-never-built'] }], published)).toEqual({});
});

test('refuses a merged id that is also a live entry, naming the file and the id', () => {
  const decisions = [{ id: '2015-11-02-asch-agreed', mergedIds: ['2015-11-asch-agreed'] }, { id: '2015-11-asch-agreed' }];
  expect(() => mergedRedirects(decisions, published)).toThrowErrorMatchingInlineSnapshot(`[Error: content/decisions.json: "2015-11-asch-agreed" is merged into "2015-11-02-asch-agreed" but is also an entry of its own]`);
});

test('refuses an id merged into two entries', () => {
  const decisions = [
    { id: '2015-11-02-asch-agreed', mergedIds: ['2015-11-asch-agreed'] },
    { id: '2015-11-03-asch-agreed', mergedIds: ['2015-11-asch-agreed'] },
  ];
  expect(() => mergedRedirects(decisions, published)).toThrowErrorMatchingInlineSnapshot(`[Error: content/decisions.json: "2015-11-asch-agreed" is merged into both "2015-11-02-asch-agreed" and "2015-11-03-asch-agreed"]`);
});
