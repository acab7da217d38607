import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decisionSchema, citedDocumentSchema } from '../../model/decision.ts';
import { deriveRecord } from './derive-record.ts';
import { parseRecordSource, type RecordSource } from './source.ts';
import { parseEditorial } from './merge-editorial.ts';

const FIXTURES = join(import.meta.dirname, '__fixtures__', 'derive-record');

function readCase(dir: string): { sources: RecordSource[]; editorial: ReturnType<typeof parseEditorial> | null } {
  const docs = join(dir, 'documents');
  const sources = readdirSync(docs)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => parseRecordSource(`documents/${f}`, basename(f, '.mdx'), readFileSync(join(docs, f), 'utf8')));
  const editorialFile = join(dir, 'editorial.yaml');
  const editorial = existsSync(editorialFile) ? parseEditorial('editorial.yaml', readFileSync(editorialFile, 'utf8')) : null;
  return { sources, editorial };
}

describe('derive-record golden files', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    test(name.replace(/-/g, ' '), () => {
      const dir = join(FIXTURES, name);
      const { sources, editorial } = readCase(dir);
      const record = deriveRecord(sources, editorial ? { file: 'editorial.yaml', entries: editorial } : undefined);
      for (const d of record.decisions) expect(decisionSchema.parse(d)).toEqual(d);
      for (const c of record.citedDocuments) expect(citedDocumentSchema.parse(c)).toEqual(c);
      const actual = `${JSON.stringify(record, null, 2)}\n`;
      const expectedFile = join(dir, 'expected.json');
      if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(expectedFile)) writeFileSync(expectedFile, actual);
      expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }
});

describe('deriveRecord', () => {
  test('gives the same record whatever order the documents come in', () => {
    for (const name of ['recorded-decisions-dated-to-day-month-or-by-the-one-before', 'retold-decisions-and-events-merged']) {
      const { sources } = readCase(join(FIXTURES, name));
      expect(deriveRecord([...sources].reverse())).toEqual(deriveRecord(sources));
    }
  });

  test('retellings of one event are one entry, every paper its witness; the 7 March 2016 decisions stay three', () => {
    const { sources } = readCase(join(FIXTURES, 'retold-decisions-and-events-merged'));
    const record = deriveRecord(sources);
    const byId = new Map(record.decisions.map((d) => [d.id, d]));
    const mou = byId.get('2015-11-asch-committee-agreed-council-party-memorandum')!;
    expect(mou.sources?.map((w) => w.document)).toEqual([
      '2016-04-20-policy-committee-item-7',
      '2016-07-11-adult-social-care-and-health-committee-item-6',
      '2016-11-07-adult-social-care-and-health-committee-item-5',
    ]);
    // The first paper gives only the month; a later one the day, and the entry takes the day.
    expect([mou.date, mou.datePrecision, mou.sources?.[0]?.datePrecision]).toEqual(['2015-11-02', 'day', 'month']);
    expect(mou.source).toEqual({ document: mou.sources![0]!.document, anchor: mou.sources![0]!.anchor });
    const march = record.decisions.filter((d) => d.date === '2016-03-07');
    expect(march.map((d) => d.id)).toEqual([
      '2016-03-07-asch-committee-agreed-corporate-director-adult',
      '2016-03-07-asch-committee-agreed-council-full-member',
      '2016-03-07-asch-committee-agreed-council-participation-agreement',
    ]);
    // Another decision of the same committee on the same day, in the words of a paper that retells the MoU: apart.
    expect(byId.has('2015-11-02-asch-committee-agreed-connect-prevention-service')).toBe(true);
    expect(record.decisions.reduce((n, d) => n + 1 + (d.mergedIds?.length ?? 0), 0)).toBe(17);
    expect(record.decisions).toHaveLength(9);
  });

  test('a recalled decision whose minutes are held is the resolution; a recall that matches none stays apart', () => {
    const { sources } = readCase(join(FIXTURES, 'recalled-decision-becomes-the-held-resolution'));
    const record = deriveRecord(sources);
    const resolution = record.decisions.find((d) => d.id === '2021-01-11-resolution-2021-005')!;
    expect(resolution.evidence).toBe('resolved');
    expect(resolution.sources?.map((w) => `${w.document}#${w.anchor}`)).toEqual([
      '2021-01-11-adult-social-care-and-public-health-committee-minutes#resolution-2021-005',
      '2021-02-08-adult-social-care-and-public-health-committee-item-9#p-2',
      '2021-03-08-adult-social-care-and-public-health-committee-item-5#p-3',
    ]);
    expect(record.decisions.filter((d) => d.evidence === 'recorded').map((d) => [d.id, d.reports])).toEqual([['2021-01-11-ascph-committee-approved-changes-timetable-day', null]]);
  });

  test('an editorial entry naming a merged-away id is refused, naming the id to use', () => {
    const { sources } = readCase(join(FIXTURES, 'retold-decisions-and-events-merged'));
    const entries = parseEditorial('editorial.yaml', '- id: 2015-11-02-asch-committee-agreed-council-party-memorandum\n  set: { title: The council joins the MoU }\n  reason: Plain words.\n');
    expect(() => deriveRecord(sources, { file: 'editorial.yaml', entries })).toThrow(
      /editorial\.yaml:1: "2015-11-02-asch-committee-agreed-council-party-memorandum" was merged into "2015-11-asch-committee-agreed-council-party-memorandum".*use the id "2015-11-asch-committee-agreed-council-party-memorandum"/s,
    );
  });

  test('no entry claims an outcome: a recommendation is resolved only by a held resolution', () => {
    for (const name of readdirSync(FIXTURES)) {
      const { sources } = readCase(join(FIXTURES, name));
      const record = deriveRecord(sources);
      const resolved = new Set(record.decisions.filter((d) => d.evidence === 'resolved').map((d) => d.id));
      for (const d of record.decisions) if (d.resolvedBy) expect(resolved.has(d.resolvedBy)).toBe(true);
    }
  });
});
