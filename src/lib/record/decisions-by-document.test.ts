import { expect, test } from 'vitest';
import { decisionsByDocument, referenceProblems } from './decisions-by-document.ts';
import { entry, PAPERS, retold } from './__fixtures__/retold-decision.ts';

test('an entry stands under every paper that records it, once each', () => {
  const alone = entry({ id: '2016-01-alone', source: { document: 'asch-2017', anchor: 'p-1' } });
  const twiceInOne = entry({
    id: '2016-02-twice',
    sources: [
      { document: 'policy-2016', anchor: 'p-12', date: '2016-02', datePrecision: 'month' },
      { document: 'policy-2016', anchor: 'p-20', date: '2016-02', datePrecision: 'month' },
    ],
  });
  const index = decisionsByDocument([retold, alone, twiceInOne]);
  expect(Object.fromEntries([...index].map(([doc, list]) => [doc, list.map((d) => d.id)]))).toEqual({
    'policy-2016': [retold.id, '2016-02-twice'],
    'asch-2017': [retold.id, '2016-01-alone'],
  });
});

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
