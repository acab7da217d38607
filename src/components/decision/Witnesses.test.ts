import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, test } from 'vitest';
import Witnesses from './Witnesses.astro';
import { witnessLines } from '../../lib/record/witness-lines.ts';
import { entry, paperOf, retold } from '../../lib/record/__fixtures__/retold-decision.ts';

const render = async (lines: ReturnType<typeof witnessLines>) => (await AstroContainer.create()).renderToString(Witnesses, { props: { lines } });

test('several papers: a list, oldest first, each paper linked and its paragraph in context, with the date it gives', async () => {
  const html = await render(witnessLines(retold, paperOf));
  expect(html).toContain('Two papers record this, oldest first:');
  const items = [...html.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').replace(/ \)/g, ')').trim());
  expect(items).toEqual([
    'A report: Better Together update (Policy Committee, 20 April 2016, item 7) Read paragraph 12 in context It gives the date as November 2015.',
    'A report: STP update (Adult Social Care and Public Health Committee, 13 November 2017, item 4) Read paragraph 3.1 in context It gives the date as 2 November 2015.',
  ]);
  expect([...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual([
    '/documents/policy-2016/',
    '/documents/policy-2016/#p-12',
    '/documents/asch-2017/',
    '/documents/asch-2017/#p-3-1',
  ]);
});

test('one paper: a sentence and a link to read it in context, no list and no date', async () => {
  const html = await render(witnessLines(entry(), paperOf));
  expect(html).not.toContain('<ol');
  expect(html).not.toContain('gives the date');
  expect(html).toMatch(/<a[^>]*href="\/documents\/policy-2016\/#p-12"[^>]*>Read paragraph 12 in context<\/a>/);
});
