/**
 * The corpus of forms (src/lib/import/__corpus__/, made by `npm run corpus`): each seed laid out as a council PDF
 * (imported by the PDF reader), the PDF read back by two extractors, and the seed's own text reshaped. Every form must import to the same documents as
 * the seed's text, with at least 99.5 % of its words, or be refused: never imported differently.
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

/** What must match between forms: each document's id, kind, title, date, committee, item, reference and recommendations. */
function summary(documents: readonly ImportedDocument[]) {
  return documents.map(({ id, data }) => ({
    id,
    kind: data.kind,
    title: data.title,
    date: data.date,
    body: data.body,
    agendaItem: data.agendaItem,
    reference: data.reference,
    recommendations: data.recommendations.map((r) => `${r.n}: ${r.text.replace(/\s+/g, ' ')}`),
  }));
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
  const expected = summary(importText(readFileSync(join(SOURCES, seed)), seed));

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
    expect(summary(documents)).toEqual(expected);
    expect(wordShare(seedText, documents)).toBeGreaterThanOrEqual(0.995);
    for (const { data } of documents) expect(data.title.length).toBeGreaterThan(0);
    for (const { data } of documents) expect(data.title.length).toBeLessThanOrEqual(200);
  });

  test('the seed laid out as a council PDF (paper.pdf), read by the PDF reader', async () => {
    const source = await readSource(join(CORPUS, name, 'paper.pdf'));
    const documents = importSource(source, { glossary }).documents;
    expect(summary(documents)).toEqual(expected);
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
