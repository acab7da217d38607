import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { importFiles } from './import-files.ts';

const ROOT = join(import.meta.dirname, '../..');
const SEED = join(ROOT, 'sources/004_22f65365900f4127.txt');

/** A scratch project: the glossary, and empty content/documents and sources folders. */
function scratchProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'import-'));
  mkdirSync(join(root, 'content/documents'), { recursive: true });
  mkdirSync(join(root, 'sources'));
  cpSync(join(ROOT, 'content/glossary.yaml'), join(root, 'content/glossary.yaml'));
  return root;
}

const REPORT_WITHOUT_DATE = ['Report to Policy Committee', '', 'Agenda Item: 5', '', 'REPORT OF THE DIRECTOR OF PUBLIC HEALTH', '', 'WORK PROGRAMME', '', 'Purpose of the Report', '', '1. To consider the work programme.', ''].join('\n');

test('--out writes the documents there, and nothing else', async () => {
  const root = scratchProject();
  const result = await importFiles({ files: [SEED], out: 'try', root });
  expect(result.documents.map((d) => d.id)).toEqual(['2017-11-13-adult-social-care-and-public-health-committee-item-4']);
  expect(readdirSync(join(root, 'try'))).toEqual(['2017-11-13-adult-social-care-and-public-health-committee-item-4.mdx']);
  expect(readdirSync(join(root, 'sources'))).toEqual([]);
});

test('into the project, the source is kept byte for byte beside the documents', async () => {
  const root = scratchProject();
  await importFiles({ files: [SEED], root });
  expect(readFileSync(join(root, 'sources/004_22f65365900f4127.txt')).equals(readFileSync(SEED))).toBe(true);
  expect(readdirSync(join(root, 'content/documents'))).toHaveLength(1);
});

test('re-running gives byte-identical files, and says they are unchanged', async () => {
  const root = scratchProject();
  await importFiles({ files: [SEED], out: 'try', root });
  const first = readFileSync(join(root, 'try', readdirSync(join(root, 'try'))[0] ?? ''));
  const again = await importFiles({ files: [SEED], out: 'try', root });
  expect(again.documents.every((d) => !d.changed)).toBe(true);
  expect(readFileSync(join(root, 'try', readdirSync(join(root, 'try'))[0] ?? '')).equals(first)).toBe(true);
});

test('one bad file among good ones: the error names it, and nothing at all is written', async () => {
  const root = scratchProject();
  const bad = join(root, 'no-date.txt');
  writeFileSync(bad, REPORT_WITHOUT_DATE);
  await expect(importFiles({ files: [SEED, bad], root })).rejects.toThrow(/no-date\.txt:1: the report's header has no meeting date — /);
  expect(readdirSync(join(root, 'content/documents'))).toEqual([]);
  expect(readdirSync(join(root, 'sources'))).toEqual([]);
});

test('two files making the same document are refused', async () => {
  const root = scratchProject();
  const copy = join(root, 'copy-of-004.txt');
  cpSync(SEED, copy);
  await expect(importFiles({ files: [SEED, copy], out: 'try', root })).rejects.toThrow(/copy-of-004\.txt:\d+: makes document "2017-11-13-adult-social-care-and-public-health-committee-item-4", as .*004_22f65365900f4127\.txt does/);
});

test('a document made from another source is not overwritten', async () => {
  const root = scratchProject();
  await importFiles({ files: [SEED], root });
  const copy = join(root, 'copy-of-004.txt');
  cpSync(SEED, copy);
  await expect(importFiles({ files: [copy], root })).rejects.toThrow(/would replace document "2017-11-13-adult-social-care-and-public-health-committee-item-4", which was made from 004_22f65365900f4127\.txt/);
});

test('--date rescues a report without a date in its header', async () => {
  const root = scratchProject();
  const file = join(root, 'no-date.txt');
  writeFileSync(file, REPORT_WITHOUT_DATE);
  const result = await importFiles({ files: [file], out: 'try', date: '2019-03-13', root });
  expect(result.documents.map((d) => d.id)).toEqual(['2019-03-13-policy-committee-item-5']);
});

test('the command prints the error in one line, with no stack trace, and exits 1', () => {
  const run = spawnSync('npx', ['tsx', 'scripts/import.ts', '--out', join(tmpdir(), 'never'), 'no/such/report.txt'], { cwd: ROOT, encoding: 'utf8' });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('no/such/report.txt: no such file — check the path and that the file is readable');
  expect(run.stderr).not.toMatch(/\n\s+at /);
}, 60_000);

test('a date that is not a real day is refused before anything is read', async () => {
  await expect(importFiles({ files: [SEED], date: '2021-02-30', root: scratchProject() })).rejects.toThrow('--date 2021-02-30: not a real date as YYYY-MM-DD');
});

test('a reviewed correction that no longer fits the record stops the import before anything is written', async () => {
  const root = scratchProject();
  mkdirSync(join(root, 'content/editorial'));
  writeFileSync(join(root, 'content/editorial/decisions.yaml'), '- id: 2099-01-01-no-such-decision\n  drop: true\n  reason: A test.\n');
  await expect(importFiles({ files: [SEED], root })).rejects.toThrow(/content\/editorial\/decisions\.yaml:1: .*2099-01-01-no-such-decision/);
  expect(readdirSync(join(root, 'content/documents'))).toEqual([]);
  expect(readdirSync(join(root, 'sources'))).toEqual([]);
});

test('a PDF imports into the project: kept byte for byte in sources/, its documents naming their PDF pages', async () => {
  const root = scratchProject();
  const pdf = join(ROOT, 'src/lib/import/__corpus__/004_22f65365900f4127/paper.pdf');
  const copy = join(root, 'asch-2017-11-13-item-4.pdf');
  cpSync(pdf, copy);
  const result = await importFiles({ files: [copy], root });
  expect(result.documents.map((d) => d.id)).toEqual(['2017-11-13-adult-social-care-and-public-health-committee-item-4']);
  expect(readFileSync(join(root, 'sources/asch-2017-11-13-item-4.pdf')).equals(readFileSync(pdf))).toBe(true);
  const mdx = readFileSync(join(root, 'content/documents/2017-11-13-adult-social-care-and-public-health-committee-item-4.mdx'), 'utf8');
  expect(mdx).toMatch(/file: asch-2017-11-13-item-4\.pdf\n/);
  expect(mdx).toMatch(/pages: \[1, 6\]/);
});

test('--check reads and checks, and writes nothing', async () => {
  const root = scratchProject();
  const result = await importFiles({ files: [SEED], check: true, root });
  expect(result.made.map((m) => m.doc.id)).toEqual(['2017-11-13-adult-social-care-and-public-health-committee-item-4']);
  expect(readdirSync(join(root, 'content/documents'))).toEqual([]);
  expect(readdirSync(join(root, 'sources'))).toEqual([]);
});
