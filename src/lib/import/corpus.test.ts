/**
 * The corpus of forms (src/lib/import/__corpus__/, made by `npm run corpus`): each seed laid out as a council PDF
 * (imported by the PDF reader), the PDF read back by two extractors, and the seed's own text reshaped. Every form must import to the same documents as
 * the seed's text, with at least 99.5 % of its words, or be refused: never imported differently. The allowances
 * (UNREAD, ROWS_SPLIT): a table a recommendation introduces may be missed where the export lost its columns, and only
 * where the import warns that it did; or read with its wrapped rows apart, with every word kept.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { glossarySchema } from '../record/glossary.ts';
import { comparableWords, PAGE_FOOTER } from './fidelity.ts';
import { importSource, type ImportedDocument } from './import-source.ts';
import { decodeSource, readSource } from './read/read-source.ts';
import { SEEDS, SOURCES } from './seeds.fixture.ts';
import { ImportError } from './types.ts';

const CORPUS = join(import.meta.dirname, '__corpus__');
const glossary = glossarySchema.parse(parseYaml(readFileSync(join(import.meta.dirname, '../../../content/glossary.yaml'), 'utf8')));

/** The text forms, each a file in a seed's corpus folder. */
const FORMS = ['crlf', 'no-blank-lines', 'page-per-line', 'pdftotext', 'pdftotext-layout'] as const;

/**
 * Forms the importer refuses, each with the reason: what the export lost that no reader can put back. They are
 * refused with a message naming the line, never imported wrong; a form that starts to import must then import alike.
 */
const REFUSED: Record<string, string> = {
  '003_eed2e8c921d033d5/page-per-line': 'a page on one line loses where the NHS paper\'s title ("Integrating care") ends and its text begins',
};

/** How a form's recommendations are compared with the seed's: exactly, or with some read otherwise (listed below). */
type Allowance = { unread: ReadonlySet<string>; rowsSplit: boolean };
const EXACT: Allowance = { unread: new Set(), rowsSplit: false };

/**
 * A recommendation as compared. Exactly, by default. A recommendation in `unread` ("<document id>/<n>") by its own
 * line only. With `rowsSplit`, a table it introduces by its words, in any order: the export ran a wrapped cell's lines
 * into rows of their own, so the rows differ but not the words.
 */
function recommendationAs(id: string, r: { n: string; text: string }, allow: Allowance): string {
  const [lead = '', ...rest] = r.text.split('\n\n');
  if (allow.unread.has(`${id}/${r.n}`)) return `${r.n}: ${lead.replace(/\s+/g, ' ')}`;
  if (allow.rowsSplit && rest.length > 0) return `${r.n}: ${lead.replace(/\s+/g, ' ')} [${rest.join(' ').split(/[\s|]+/).filter(Boolean).sort().join(' ')}]`;
  return `${r.n}: ${r.text.replace(/\s+/g, ' ')}`;
}

/** What must match between forms: each document's id, kind, title, date, committee, item, reference and recommendations. */
function summary(documents: readonly ImportedDocument[], allow: Allowance = EXACT) {
  return documents.map(({ id, data }) => ({
    id,
    kind: data.kind,
    title: data.title,
    date: data.date,
    body: data.body,
    agendaItem: data.agendaItem,
    reference: data.reference,
    recommendations: data.recommendations.map((r) => recommendationAs(id, r, allow)),
  }));
}

/** The recommendations a form's import warns it did not read the introduced table or list of, as "<document id>/<n>". */
function unreadIntroductions(documents: readonly ImportedDocument[]): Set<string> {
  return new Set(
    documents.flatMap(({ id, warnings }) => warnings.filter((w) => w.loss).map((w) => `${id}/${/^recommendation (\S+) /.exec(w.problem)?.[1] ?? ''}`)),
  );
}

/**
 * Forms that read item 8's post table (8 February 2021) otherwise than the seed's text, with what the export did to it.
 * A form whose import misses the table must warn that it did (checkIntroduced); one that splits its wrapped rows must
 * keep every word of it.
 */
const UNREAD: Record<string, string> = {
  '003_eed2e8c921d033d5/pdftotext': 'each cell on a line of its own: no table to read',
};
const ROWS_SPLIT: Record<string, string> = {
  '003_eed2e8c921d033d5/pdftotext-layout': 'the columns one space apart, and the wrapped cells ("Public Health / Support Officer") on lines of their own',
  '003_eed2e8c921d033d5/paper.pdf': 'the wrapped cells ("Public Health / Support Officer") read as a row of their own',
};

/** The form's documents match the seed's, allowing only what UNREAD and ROWS_SPLIT list for it. */
function expectAlike(key: string, documents: readonly ImportedDocument[], seedDocuments: readonly ImportedDocument[]) {
  const unread = unreadIntroductions(documents);
  expect(unread.size > 0, `${key} ${unread.size > 0 ? 'warns that it missed an introduced table: list it in UNREAD' : 'reads every introduced table: take it out of UNREAD'}`).toBe(key in UNREAD);
  const allow = { unread, rowsSplit: key in ROWS_SPLIT };
  expect(summary(documents, allow)).toEqual(summary(seedDocuments, allow));
}

/** The share of the seed's words (page footers aside) that the documents hold, counted as a bag. */
function wordShare(seed: string, documents: readonly ImportedDocument[]): number {
  const made = new Map<string, number>();
  for (const word of documents.flatMap((d) => comparableWords(d.mdx))) made.set(word, (made.get(word) ?? 0) + 1);
  const words = comparableWords(seed.replace(PAGE_FOOTER, ' '));
  const found = words.filter((word) => {
    const left = made.get(word) ?? 0;
    if (left > 0) made.set(word, left - 1);
    return left > 0;
  }).length;
  return found / words.length;
}

const importText = (bytes: Uint8Array, seed: string) => importSource(decodeSource(bytes, seed), { glossary }).documents;

describe.each(SEEDS)('%s', (seed) => {
  const name = seed.replace(/\.txt$/, '');
  const seedText = readFileSync(join(SOURCES, seed), 'utf8');
  const seedDocuments = importText(readFileSync(join(SOURCES, seed)), seed);
  const expected = summary(seedDocuments);

  test('the seed text imports to its golden documents', async () => {
    await expect(`${JSON.stringify(expected, null, 2)}\n`).toMatchFileSnapshot(join(CORPUS, name, 'expected.json'));
  });

  test.each(FORMS)('%s', (form) => {
    const bytes = readFileSync(join(CORPUS, name, `${form}.txt`));
    const refused = REFUSED[`${name}/${form}`];
    if (refused) {
      expect(() => importText(bytes, seed), refused).toThrow(ImportError);
      return;
    }
    const documents = importText(bytes, seed);
    expectAlike(`${name}/${form}`, documents, seedDocuments);
    expect(wordShare(seedText, documents)).toBeGreaterThanOrEqual(0.995);
    for (const { data } of documents) expect(data.title.length).toBeGreaterThan(0);
    for (const { data } of documents) expect(data.title.length).toBeLessThanOrEqual(200);
  });

  test('the seed laid out as a council PDF (paper.pdf), read by the PDF reader', async () => {
    const source = await readSource(join(CORPUS, name, 'paper.pdf'));
    const documents = importSource(source, { glossary }).documents;
    expectAlike(`${name}/paper.pdf`, documents, seedDocuments);
    expect(wordShare(seedText, documents)).toBeGreaterThanOrEqual(0.995);
    // Each document names the PDF pages it lies on.
    for (const { data } of documents) expect(data.source.pages?.[0]).toBeGreaterThanOrEqual(1);
  });
});

/**
 * A seed's text exported another way: its line ends all LF, CRLF or CR; trailing spaces on some lines; a page break
 * (form feed) for some blank lines.
 */
const reshaped = (text: string) =>
  fc
    .record({ end: fc.constantFrom('\n', '\r\n', '\r'), lines: fc.array(fc.record({ space: fc.boolean(), feed: fc.boolean() }), { minLength: 1, maxLength: 12 }) })
    .map(({ end, lines }) =>
      text
        .split('\n')
        .map((line, i) => {
          const { space, feed } = lines[i % lines.length] ?? { space: false, feed: false };
          return (line.trim() === '' ? (feed ? '\f' : line) : `${line}${space ? '  ' : ''}`) + end;
        })
        .join(''),
    );

test.each(['000_ff8459ba548c6acb.txt', '004_22f65365900f4127.txt'])('no reshaping of line ends, trailing spaces or page breaks changes what %s makes', (seed) => {
  const text = readFileSync(join(SOURCES, seed), 'utf8');
  const expected = summary(importText(new TextEncoder().encode(text), seed));
  fc.assert(
    fc.property(reshaped(text), (form) => {
      expect(summary(importText(new TextEncoder().encode(form), seed))).toEqual(expected);
    }),
    { numRuns: 15, seed: 15 },
  );
});
