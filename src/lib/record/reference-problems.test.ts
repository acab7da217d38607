import { expect, test } from 'vitest';
import { referenceProblems } from './reference-problems.ts';
import { entry, PAPERS, retold } from './__fixtures__/retold-decision.ts';

test('every witness must be held, the first must be the source, and links must name entries', () => {
  const held = (id: string) => id in PAPERS;
  expect(referenceProblems([retold], held)).toEqual([]);
  const broken = entry({
    resolvedBy: 'nowhere',
    sources: [
      { document: 'asch-2017', anchor: 'p-3-1', date: '2015-11', datePrecision: 'month' },
      { document: 'gone', anchor: 'p-1', date: '2015-11', datePrecision: 'month' },
    ],
  });
  expect(referenceProblems([broken], held)).toMatchInlineSnapshot(`
    [
      "2015-11-02-asch-agreed-the-alliance: sources[0] (asch-2017#p-3-1) is not its source (policy-2016#p-12)",
      "2015-11-02-asch-agreed-the-alliance: sources[1].document "gone" is not a held document",
      "2015-11-02-asch-agreed-the-alliance: resolvedBy "nowhere" is not a decision",
    ]
  `);
});
