import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { importSource } from '../import-source.ts';
import { decodeSource } from '../read/read-source.ts';
import { splitDocuments } from '../split/split-documents.ts';
import { ImportError, type SourceText } from '../types.ts';
import { readHeaders } from './read-headers.ts';

const FIXTURES = join(import.meta.dirname, '__fixtures__/kinds-of-paper');
const CASES = readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

/** A case's input, read as the importer reads a file of that name. */
function inputOf(name: string): SourceText {
  const file = ['input.txt', 'input.html'].map((f) => join(FIXTURES, name, f)).find((f) => existsSync(f)) ?? '';
  return decodeSource(readFileSync(file), file);
}

/** Golden cases, one folder each: `vitest -u` rewrites expected.json. */
test.each(CASES)('%s', async (name) => {
  const { documents, meetings } = importSource(inputOf(name), { glossary: [] });
  const made = {
    documents: documents.map(({ id, data, mdx }) => ({
      id,
      kind: data.kind,
      title: data.title,
      date: data.date,
      body: data.body,
      meeting: data.meeting,
      agendaItem: data.agendaItem,
      parent: data.parent,
      lines: data.source.lines,
      recommendations: data.recommendations.length,
      resolutions: (mdx.match(/^<Resolution /gm) ?? []).length,
    })),
    meetings,
  };
  await expect(`${JSON.stringify(made, null, 2)}\n`).toMatchFileSnapshot(join(FIXTURES, name, 'expected.json'));
});

const source = (...lines: string[]): SourceText => ({ file: 'paper.txt', sha256: '0'.repeat(64), format: 'text', lines: lines.map((text, i) => ({ text, line: i + 1 })) });
const refusal = (input: SourceText, options: { date?: string } = {}): ImportError => {
  try {
    readHeaders(input, splitDocuments(input), options);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('the paper was imported');
};
const agendaItems = ['1\tMinutes of the last meeting held on 23 March 2016\t3 - 8', '2\tApologies for Absence\t'];

test('an agenda with no date anywhere is refused, naming the date and --date', () => {
  const error = refusal(source('Policy Committee', '', 'County Hall, West Bridgford, Nottingham', '', 'AGENDA', '', ...agendaItems));
  expect(error.message).toBe('paper.txt:1: the agenda\'s header has no meeting date — add the date under the committee\'s name (e.g. "Monday, 8 February 2021 at 10:30"), or give it with --date YYYY-MM-DD');
});

test('--date gives an agenda the date its header lacks', () => {
  const input = source('Policy Committee', '', 'AGENDA', '', ...agendaItems);
  expect(readHeaders(input, splitDocuments(input), { date: '2016-04-20' })[0]?.id).toBe('2016-04-20-policy-committee-agenda');
});

test('minutes with no date anywhere are refused, naming the date and --date', () => {
  const error = refusal(source('Policy Committee', '', 'Minutes of the meeting held at County Hall', '', '1. APOLOGIES FOR ABSENCE', '', 'None.'));
  expect(error.problem).toBe('the minutes\' heading has no meeting date');
  expect(error.hint).toMatch(/--date YYYY-MM-DD$/);
});

test('minutes naming no committee are refused, naming the committee', () => {
  const error = refusal(source('Minutes of the meeting held on 11 January 2021 at 10.30 am', '', '1. APOLOGIES FOR ABSENCE', '', 'None.'));
  expect(error.message).toMatch(/^paper\.txt:1: no committee named in the minutes' heading — /);
});

test('an agenda naming no committee is refused, naming the committee', () => {
  const error = refusal(source('Wednesday, 20 April 2016 at 10:30', '', 'AGENDA', '', ...agendaItems));
  expect(error.problem).toMatch(/^no committee named in the header/);
});
