/**
 * Importing a paper that the archive cites: when it is the same paper (meeting, committee and title), the cited
 * page's address forwards to the held document by itself and every citation links to the document; when it is
 * another paper of the same meeting, both pages stay. Papers made in the seeds' layout, imported into a copy of
 * the project's content.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect, test } from 'vitest';
import type { CitedDocument } from '../../src/lib/model/decision.ts';
import { citedByIndex } from '../../src/lib/record/cited-by.ts';
import { documentPath } from '../../src/lib/record/decision-api.ts';
import { loadRecordRedirects } from '../../src/lib/record/record-redirects.ts';
import { compareUrls, parseUrlList } from '../../src/lib/record/published-urls.ts';
import { parseRecordSource } from '../../src/lib/import/record/source.ts';
import { importFiles } from './import-files.ts';
import config from '../../astro.config.mjs';

const ROOT = join(import.meta.dirname, '../..');
const CITED = '2015-11-02-adult-social-care-and-health-committee-integration-with-health-in-mid-nottinghamshire';
const CITING = { document: '2016-04-20-policy-committee-item-7', anchor: 'background-paper-1' };

/** A copy of the project's content, sources and published URLs, to import into. */
function projectCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'cited-held-'));
  for (const path of ['content', 'sources', 'published-urls.txt']) cpSync(join(ROOT, path), join(root, path), { recursive: true });
  return root;
}

/** A report to the committee meeting of 2 November 2015, laid out as the seeds are. */
function report(item: string, title: string): string {
  return [
    'Report to Adult Social Care and Health Committee',
    '',
    '2 November 2015',
    '',
    `Agenda Item: ${item}`,
    '',
    'REPORT OF THE CORPORATE DIRECTOR, ADULT SOCIAL CARE, HEALTH AND PUBLIC PROTECTION',
    '',
    title.toUpperCase(),
    '',
    'Purpose of the Report',
    '',
    '1. To update the Committee on the work with health partners in Mid-Nottinghamshire and to seek approval for the Council to be a party to the Memorandum of Understanding.',
    '',
    'Information and Advice',
    '',
    '2. The Better Together programme brings together the Clinical Commissioning Groups, the hospital trust and the Council in Mid-Nottinghamshire.',
    '',
    'RECOMMENDATION/S',
    '',
    '1) That the Council becomes a party to the Memorandum of Understanding.',
    '',
    'David Pearson',
    'Corporate Director, Adult Social Care, Health and Public Protection',
    '',
  ].join('\n');
}

async function importInto(root: string, item: string, title: string) {
  const file = join(root, `asch-2015-11-02-item-${item}.txt`);
  writeFileSync(file, report(item, title));
  const result = await importFiles({ files: [file], root });
  const cited = JSON.parse(readFileSync(join(root, 'content/cited-documents.json'), 'utf8')) as CitedDocument[];
  const held = readdirSync(join(root, 'content/documents')).map((name) =>
    parseRecordSource(name, basename(name, '.mdx'), readFileSync(join(root, 'content/documents', name), 'utf8')),
  );
  // The document pages the site builds: every held document, and every cited paper not held.
  const built = [...held.map((d) => documentPath(d.id)), ...cited.filter((c) => !c.heldAs).map((c) => documentPath(c.id))];
  const published = parseUrlList(readFileSync(join(root, 'published-urls.txt'), 'utf8')).filter((url) => url.startsWith('/documents/') && url.split('/').length === 4);
  return { id: result.documents[0]!.id, cited, held, built, published, redirects: loadRecordRedirects(root) };
}

/** The redirects the build knows: those written by hand in astro.config.mjs, and these. */
function allRedirects(own: Record<string, string>): string[] {
  return [...Object.keys(config.redirects ?? {}), ...Object.keys(own)];
}

test('the same paper: the cited address forwards to the held document, and what cites it links there', async () => {
  const root = projectCopy();
  expect(parseUrlList(readFileSync(join(root, 'published-urls.txt'), 'utf8'))).toContain(documentPath(CITED));
  const { id, cited, held, built, published, redirects } = await importInto(root, '5', 'Integration with Health in Mid-Nottinghamshire');

  expect(id).toBe('2015-11-02-adult-social-care-and-health-committee-item-5');
  expect(cited.find((c) => c.id === CITED)?.heldAs).toBe(id);
  expect(redirects).toEqual({ [documentPath(CITED)]: documentPath(id) });
  expect(built).not.toContain(documentPath(CITED));
  // The build's published-URL check: nothing vanished, with no redirect written by hand.
  expect(compareUrls(published, built, allRedirects(redirects)).vanished).toEqual([]);
  expect(citedByIndex(held, cited).get(id)).toContainEqual(CITING);
  expect(citedByIndex(held, cited).has(CITED)).toBe(false);
});

test('another paper of the same meeting: both pages stay, and the cited one is still not held', async () => {
  const root = projectCopy();
  const { id, cited, built, published, redirects } = await importInto(root, '6', 'Care Act implementation: charging for residential care');

  expect(id).toBe('2015-11-02-adult-social-care-and-health-committee-item-6');
  expect(cited.find((c) => c.id === CITED)?.heldAs).toBeUndefined();
  expect(redirects).toEqual({});
  expect(built).toContain(documentPath(CITED));
  expect(built).toContain(documentPath(id));
  expect(compareUrls(published, built, allRedirects(redirects)).vanished).toEqual([]);
});
