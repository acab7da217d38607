/**
 * Forty reports that retell the same past events, laid out as the seeds are and imported like any paper: the record
 * holds each event once, with every report that retells it as a witness, and the decisions that only look alike
 * (the three of 7 March 2016) stay apart. The retold sentences are the seeds' own, some as other papers word them.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { Decision } from '../../src/lib/model/decision.ts';
import { createRng } from '../bench/prng.ts';
import { councilDate } from '../bench/generate-report.ts';
import { decisionPath } from '../../src/lib/record/decision-api.ts';
import { loadRecordRedirects } from '../../src/lib/record/record-redirects.ts';
import { compareUrls, formatUrlList, PUBLISHED_URLS_FILE } from '../../src/lib/record/published-urls.ts';
import { importFiles } from './import-files.ts';

const ROOT = join(import.meta.dirname, '../..');

/** A past event, the words each report may retell it in, and the entries it must make: [id, date] each. */
interface Event {
  name: string;
  wordings: string[];
  entries: [string, string][];
}

const EVENTS: Event[] = [
  {
    name: 'the Mid-Nottinghamshire MoU',
    wordings: [
      'On 2 November 2015, ASCH Committee agreed that Council would be a party to a Memorandum of Understanding (MOU) to work with other Mid-Nottinghamshire partners to develop a formal Commissioner Provider Alliance agreement, which would operate from April 2016.',
      'On 2nd November 2015, the Adult Social Care and Health Committee agreed that the Council would be a party to a Memorandum of Understanding (MOU) to work with other Mid-Nottinghamshire partners to develop a formal Commissioner Provider Alliance agreement, which would operate from April 2016.',
    ],
    entries: [['2015-11-02', 'day']],
  },
  {
    name: 'the transformation posts',
    wordings: [
      'Two Transformation Manager posts were previously approved by ASCH Committee in November 2014 on temporary basis for two years.',
      'Two Transformation Manager posts were approved by ASCH Committee in November 2014 on temporary basis for two years.',
    ],
    entries: [['2014-11', 'month']],
  },
  {
    name: 'the post holders starting',
    wordings: ['The post holders started in post in April 2015 (Mid and North Nottinghamshire) and May 2015 (South Nottinghamshire).'],
    entries: [['2015-04', 'month'], ['2015-05', 'month']],
  },
  {
    name: 'the Alliance Agreement, full membership and the representative (7 March 2016)',
    wordings: [
      'Nottinghamshire County Council’s participation with this Agreement was agreed by ASCH Committee on 7 March 2016. The ASCH Committee also agreed that the Council will be a Full Member of the Alliance as opposed to an Associate Member. The ASCH Committee also agreed that the Corporate Director for Adult Social Care, Health and Public Protection (or his authorised senior officer delegate) be the Nottinghamshire County Council representative on the Alliance Leadership Board.',
    ],
    entries: [['2016-03-07', 'day'], ['2016-03-07', 'day'], ['2016-03-07', 'day']],
  },
  {
    name: 'the integration posts funded',
    wordings: ['Approval was given by the Better Care Fund Board on 26 May 2016 to fund the integration posts as outlined.'],
    entries: [['2016-05-26', 'day']],
  },
  {
    name: 'the quarterly reports asked for',
    wordings: ['On 11 November 2015, Policy Committee resolved that a quarterly report would be provided to the Committee on the work of the Better Together Alliance’s ‘Leadership Development Board’.'],
    entries: [['2015-11-11', 'day']],
  },
  {
    name: 'the STP workshop',
    wordings: ['A workshop was held on 18 March 2016 to bring together all the partners in Mid and South Nottinghamshire, to start discussions that will produce the Nottinghamshire STP.'],
    entries: [['2016-03-18', 'day']],
  },
];

/** One report to the committee on `date`, laid out as the seeds are, retelling `told` in numbered paragraphs. */
function report(date: string, item: number, told: readonly string[]): string {
  const paragraphs = ['To update the Committee on the integration of health and social care.', 'The Better Together programme brings the Clinical Commissioning Groups, the hospital trust and the Council together.', ...told];
  return [
    'Report to Adult Social Care and Health Committee',
    '',
    councilDate(date),
    '',
    `Agenda Item: ${item}`,
    '',
    'REPORT OF THE CORPORATE DIRECTOR, ADULT SOCIAL CARE, HEALTH AND PUBLIC PROTECTION',
    '',
    'INTEGRATION OF HEALTH AND SOCIAL CARE: PROGRESS',
    '',
    'Purpose of the Report',
    '',
    `1. ${paragraphs[0]}`,
    '',
    'Information and Advice',
    '',
    ...paragraphs.slice(1).flatMap((p, i) => [`${i + 2}. ${p}`, '']),
    'RECOMMENDATION/S',
    '',
    '1) That the Committee notes the progress made.',
    '',
    'David Pearson',
    'Corporate Director, Adult Social Care, Health and Public Protection',
    '',
  ].join('\n');
}

/** An empty project to import into (only the glossary the import reads), and the forty reports' texts in it. */
function fortyReports(): { root: string; files: string[]; tellers: Map<Event, number[]> } {
  const root = mkdtempSync(join(tmpdir(), 'retold-'));
  mkdirSync(join(root, 'content/documents'), { recursive: true });
  cpSync(join(ROOT, 'content/glossary.yaml'), join(root, 'content/glossary.yaml'));
  const rng = createRng(18);
  // Which reports retell which event, in which words: each event is retold by at least two reports.
  const tellers = new Map<Event, number[]>(EVENTS.map((e) => [e, []]));
  const files: string[] = [];
  for (let i = 0; i < 40; i++) {
    const told = EVENTS.filter((_, k) => i % EVENTS.length === k || i % 7 === k || rng.chance(0.4));
    for (const e of told) tellers.get(e)!.push(i);
    const date = new Date(Date.UTC(2016, 9, 3) + i * 14 * 86_400_000).toISOString().slice(0, 10);
    const file = join(root, `report-${String(i).padStart(2, '0')}.txt`);
    writeFileSync(file, report(date, 4 + (i % 3), told.map((e) => rng.pick(e.wordings))));
    files.push(file);
  }
  return { root, files, tellers };
}

const readRecord = (root: string) => JSON.parse(readFileSync(join(root, 'content/decisions.json'), 'utf8')) as Decision[];

test('forty reports that retell the same events give one entry per event, each with every report as its witness', { timeout: 120_000 }, async () => {
  const { root, files, tellers } = fortyReports();
  const result = await importFiles({ files, root, workers: 0 });
  const idOf = new Map(result.made.map((m) => [m.file, m.doc.id]));
  const record = readRecord(root);
  const retold = record.filter((d) => d.evidence === 'recorded' || d.evidence === 'milestone');
  const witnesses = (d: Decision) => (d.sources ?? [d.source]).map((w) => w.document);

  expect(retold).toHaveLength(EVENTS.reduce((n, e) => n + e.entries.length, 0));
  for (const event of EVENTS) {
    const reports = tellers.get(event)!.map((i) => idOf.get(files[i]!)!);
    const entries = retold.filter((d) => event.entries.some(([date]) => d.date === date));
    // One entry per event (three for the three decisions of 7 March 2016), dated as exactly as the papers allow.
    expect(entries.map((d) => [d.date, d.datePrecision]), event.name).toEqual(event.entries);
    for (const d of entries) {
      // Every report that retells it is a witness, oldest first, and the first is the entry's source.
      expect(witnesses(d), event.name).toEqual(reports);
      expect(d.sources![0]).toMatchObject(d.source);
    }
  }
});

test('an entry published before an older paper retelling it was imported keeps its address: the old id forwards to the entry', { timeout: 120_000 }, async () => {
  const { root, files } = fortyReports();
  await importFiles({ files, root, workers: 0 });
  const published = readRecord(root).map((d) => decisionPath(d.id));
  writeFileSync(join(root, PUBLISHED_URLS_FILE), formatUrlList(published));
  const mou = readRecord(root).find((d) => d.date === '2015-11-02')!;
  // An older report that gives only the month: its retelling comes first now, so the entry takes its id.
  const older = join(root, 'older-report.txt');
  writeFileSync(older, report('2016-01-11', 5, [EVENTS[0]!.wordings[0]!.replace('On 2 November 2015', 'In November 2015')]));
  await importFiles({ files: [older], root, workers: 0 });

  const record = readRecord(root);
  const redirects = loadRecordRedirects(root);
  expect(compareUrls(published, record.map((d) => decisionPath(d.id)), Object.keys(redirects)).vanished).toEqual([]);
  const entry = record.find((d) => d.date === '2015-11-02')!;
  expect(entry.id).toBe('2015-11-asch-committee-agreed-council-party-memorandum');
  expect(entry.datePrecision).toBe('day');
  expect(redirects).toEqual({ [decisionPath(mou.id)]: decisionPath(entry.id) });
});
