import { mkdtempSync, mkdirSync, readFileSync, statSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { deriveRecordFiles } from '../../../../scripts/derive-record.ts';
import { findDates } from './dates.ts';
import { splitSentences } from './sentences.ts';
import { parseRecordSource } from './source.ts';
import { recommendationTitle } from '../structure/extract-recommendations.ts';
import { readRecordedSentence } from './extract-recorded.ts';
import { mergeEditorial, parseEditorial } from './merge-editorial.ts';

test('dates keep the precision the text gives, and a day is never invented', () => {
  const dates = (s: string) => findDates(s, '2017-11-13').map((d) => `${d.date} ${d.precision}`);
  expect(dates('On 2 November 2015, ASCH Committee agreed')).toEqual(['2015-11-02 day']);
  expect(dates('In August 2017 the local system agreed')).toEqual(['2017-08 month']);
  expect(dates('the Integrated Care Board (ICB) which was established in 2013.')).toEqual(['2013 year']);
  expect(dates('planning guidance 2016/17 – 2020/21 for 2021-2024')).toEqual([]);
  expect(dates('the meeting on 13<sup>th</sup> November 2017')).toEqual(['2017-11-13 day']);
});

test('a date without a year takes the year of a later date in the sentence, else the latest before the meeting', () => {
  const dates = (s: string, meeting: string) => findDates(s, meeting).map((d) => d.date);
  expect(dates('submitted to NHS England in October and published on 24 November 2016', '2017-11-13')).toEqual(['2016-10', '2016-11-24']);
  expect(dates('At the beginning of September, Sam Walters was confirmed', '2017-11-13')).toEqual(['2017-09']);
  expect(dates('submitted to the Health and Wellbeing Board on 6 April.', '2016-04-20')).toEqual(['2016-04-06']);
  expect(dates('views by Friday 8 January', '2021-02-08')).toEqual(['2021-01-08']);
  expect(dates('a report on 7th September', '2015-06-29')).toEqual(['2014-09-07']);
});

test('sentences split at full stops, not at abbreviations, and lines never run together', () => {
  expect(splitSentences('It helps e.g. people. Its aim is set.\n• A workshop was held on 18 March 2016')).toEqual([
    'It helps e.g. people.',
    'Its aim is set.',
    '• A workshop was held on 18 March 2016',
  ]);
});

test('a recorded decision needs a named body; a describing "agreed" is no record', () => {
  expect(readRecordedSentence('The overall aim is to deliver agreed outcomes for service users.', '2016-04-20')).toBeNull();
  expect(readRecordedSentence('At the workshop, it was agreed a set of guiding principles is required.', '2015-06-29')).toBe('no-body');
  expect(readRecordedSentence('The posts will be agreed by ASCH Committee in May 2016.', '2016-04-20')).toBeNull();
  const found = readRecordedSentence('Approval was given by the Better Care Fund Board on 26 May 2016 to fund the integration posts as outlined.', '2016-07-11');
  expect(found !== null && found !== 'no-body' && [found.named, found.date?.date, found.object]).toEqual(['the Better Care Fund Board', '2016-05-26', 'fund-integration-posts']);
});

test('a recommendation title is the committee’s verb as a plain instruction', () => {
  expect(recommendationTitle('1) notes the update on the development of integrated arrangements in Mid-Nottinghamshire')).toBe(
    'Note the update on the development of integrated arrangements in Mid-Nottinghamshire',
  );
  expect(recommendationTitle('That Committee endorses the council’s response.')).toBe('Endorse the council’s response');
  expect(recommendationTitle('the Committee receives a further report on 7th September')).toBe('Receive a further report on 7th September');
});

test('an editorial entry naming an id that is not derived is an error naming the file and line', () => {
  const entries = parseEditorial('content/editorial/decisions.yaml', '- id: 2013-icb-established\n  drop: true\n  reason: Fixture.\n- id: no-such-id\n  drop: true\n  reason: Fixture.\n');
  expect(() => mergeEditorial([], entries, 'content/editorial/decisions.yaml')).toThrowErrorMatchingInlineSnapshot(
    `[ImportError: content/editorial/decisions.yaml:1: "2013-icb-established" names no derived decision — check the id against content/decisions.json (ids change only when the source text does), or remove the entry]`,
  );
});

test('an editorial entry without a reason is refused, with its line', () => {
  expect(() => parseEditorial('e.yaml', '- id: x\n  drop: true\n  reason: ok\n- id: y\n  drop: true\n')).toThrowErrorMatchingInlineSnapshot(
    `[ImportError: e.yaml:4: entry 2: reason: Invalid input: expected string, received undefined — each entry is {id, set: {field: value}, reason}, {id, drop: true, reason} or {add: {…a whole decision}, reason}]`,
  );
});

test('a document whose front matter breaks the schema is refused by file and field', () => {
  expect(() => parseRecordSource('content/documents/x.mdx', 'x', '---\nkind: report\n---\n\nText.\n')).toThrowErrorMatchingInlineSnapshot(
    `[ImportError: content/documents/x.mdx:1: front matter field "title": Invalid input: expected string, received undefined — fix that field (the schema is in src/lib/model/document.ts)]`,
  );
});

test('deriveRecordFiles writes both files, and a re-run leaves them byte for byte', () => {
  const content = mkdtempSync(join(tmpdir(), 'derive-record-'));
  const fixture = join(import.meta.dirname, '__fixtures__', 'derive-record', 'recorded-decisions-dated-to-day-month-or-by-the-one-before', 'documents');
  mkdirSync(join(content, 'documents'));
  for (const f of readdirSync(fixture)) copyFileSync(join(fixture, f), join(content, 'documents', f));
  const first = deriveRecordFiles(content);
  expect(first.written.map((w) => w.changed)).toEqual([true, true]);
  const before = readFileSync(join(content, 'decisions.json'), 'utf8');
  const mtime = statSync(join(content, 'decisions.json')).mtimeMs;
  const second = deriveRecordFiles(content);
  expect(second.written.map((w) => w.changed)).toEqual([false, false]);
  expect(readFileSync(join(content, 'decisions.json'), 'utf8')).toBe(before);
  expect(statSync(join(content, 'decisions.json')).mtimeMs).toBe(mtime);
  expect(readdirSync(content).sort()).toEqual(['cited-documents.json', 'decisions.json', 'documents']);
  writeFileSync(join(content, 'documents', 'broken.mdx'), '---\nkind: nonsense\n---\n');
  expect(() => deriveRecordFiles(content)).toThrow(/documents\/broken\.mdx:1: front matter field "kind"/);
});
