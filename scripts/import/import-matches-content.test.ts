/**
 * The end-to-end golden test of the importer: re-importing every source in sources/ gives exactly the MDX committed
 * under content/documents/, byte for byte, and no document there is left over from a source that no longer makes it;
 * the meetings in content/meetings/ hold what the sources say of them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { expect, test } from 'vitest';
import { importSource } from '../../src/lib/import/import-source.ts';
import { readSource } from '../../src/lib/import/read/read-source.ts';
import { meetingFileSlug, mergeMeeting } from '../../src/lib/import/header/read-meeting-details.ts';
import { readMeeting } from '../../src/lib/import/write/write-meeting.ts';
import { glossarySchema } from '../../src/lib/record/glossary.ts';

const ROOT = join(import.meta.dirname, '../..');
const CONTENT = join(ROOT, 'content/documents');
const MEETINGS = join(ROOT, 'content/meetings');
const SOURCES = readdirSync(join(ROOT, 'sources')).filter((f) => f.endsWith('.txt')).sort();
const glossary = glossarySchema.parse(parseYaml(readFileSync(join(ROOT, 'content/glossary.yaml'), 'utf8')));

const madeFrom = (file: string) =>
  readdirSync(CONTENT)
    .filter((f) => f.endsWith('.mdx'))
    .filter((f) => new RegExp(`\\n\\s*file: "?${file.replace(/\./g, '\\.')}"?[,\\s}]`).test(readFileSync(join(CONTENT, f), 'utf8')))
    .sort();

test.each(SOURCES)('%s: re-importing gives the committed content, byte for byte', async (file) => {
  const { documents, meetings } = importSource(await readSource(join(ROOT, 'sources', file)), { glossary });
  expect(documents.map((d) => `${d.id}.mdx`).sort()).toEqual(madeFrom(file));
  for (const doc of documents) expect(doc.mdx, `content/documents/${doc.id}.mdx`).toBe(readFileSync(join(CONTENT, `${doc.id}.mdx`), 'utf8'));
  for (const meeting of meetings) {
    const onFile = readMeeting(readFileSync(join(MEETINGS, `${meetingFileSlug(meeting)}.yaml`), 'utf8'));
    expect(onFile && mergeMeeting(onFile, meeting), `content/meetings/${meetingFileSlug(meeting)}.yaml`).toEqual(onFile);
  }
});

test('every document’s meeting, and every meeting minutes record, has its file in content/meetings/', () => {
  const files = new Set(readdirSync(MEETINGS));
  for (const name of readdirSync(CONTENT).filter((f) => f.endsWith('.mdx'))) {
    const data = parseYaml(readFileSync(join(CONTENT, name), 'utf8').split('---')[1] ?? '') as { kind: string; body: string; date: string; meeting: { body: string; date: string } };
    expect(files, `${name}: meeting`).toContain(`${meetingFileSlug(data.meeting)}.yaml`);
    if (data.kind === 'minutes') expect(files, `${name}: the meeting it records`).toContain(`${meetingFileSlug(data)}.yaml`);
  }
});

test('importing twice gives the same bytes', async () => {
  const source = await readSource(join(ROOT, 'sources', SOURCES.at(-1) ?? ''));
  expect(importSource(source, { glossary }).documents.map((d) => d.mdx)).toEqual(importSource(source, { glossary }).documents.map((d) => d.mdx));
});

test('every document in content/ comes from a source in sources/', () => {
  const fromSources = new Set(SOURCES.flatMap(madeFrom));
  expect(readdirSync(CONTENT).filter((f) => f.endsWith('.mdx') && !fromSources.has(f))).toEqual([]);
});
