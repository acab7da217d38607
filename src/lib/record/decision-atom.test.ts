import { expect, test } from 'vitest';
import { decisionAtomEntry } from './decision-atom.ts';
import { entry, paperOf, retold } from './__fixtures__/retold-decision.ts';

const site = new URL('https://x.example/');

test('an entry names its evidence, date, body and words, then the paper that records it', () => {
  expect(decisionAtomEntry(entry(), site, paperOf)).toMatchInlineSnapshot(`
    {
      "categories": [
        "recorded",
        "Mid-Nottinghamshire",
      ],
      "summary": "Recorded (a later report says this was decided). November 2015, Adult Social Care and Health Committee. The committee agreed the Alliance. Recorded in the report to Policy Committee, 20 April 2016, item 7.",
      "title": "The Alliance agreed",
      "updated": "2015-11-01T00:00:00Z",
      "url": "https://x.example/decisions/2015-11-02-asch-agreed-the-alliance/",
    }
  `);
});

test('an entry several papers record names every one, oldest first', () => {
  expect(decisionAtomEntry(retold, site, paperOf).summary).toMatch(
    /Recorded in the report to Policy Committee, 20 April 2016, item 7; the report to Adult Social Care and Public Health Committee, 13 November 2017, item 4\.$/,
  );
});
