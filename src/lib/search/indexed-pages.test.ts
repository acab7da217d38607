import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { afterAll, describe, expect, test } from 'vitest';
import { indexedPage, INDEXED_FILES_GLOB } from './indexed-pages.ts';

const PAGES = [
  '/',
  '/glossary/',
  '/documents/',
  '/documents/2016-04-20-policy-committee-item-7/',
  '/decisions/',
  '/decisions/2021-01-11-resolution-2021-002/',
  '/meetings/2016-04-20-policy-committee/',
  '/timeline/',
  '/timeline/kind/resolved/',
  '/areas/bassetlaw/',
  '/search/',
  '/about/',
];

describe('indexedPage', () => {
  test('names the section and id of documents and decisions, and the glossary', () => {
    expect(indexedPage('/documents/2016-04-20-policy-committee-item-7/')).toEqual({ section: 'documents', id: '2016-04-20-policy-committee-item-7' });
    expect(indexedPage('/decisions/2013-icb-established/')).toEqual({ section: 'decisions', id: '2013-icb-established' });
    expect(indexedPage('/glossary/')).toEqual({ section: 'glossary' });
  });

  test('leaves out lists, the timeline and every other page', () => {
    for (const path of ['/', '/documents/', '/decisions/', '/timeline/', '/timeline/kind/resolved/', '/areas/bassetlaw/', '/documents/a/b/']) {
      expect(indexedPage(path), path).toBeNull();
    }
  });
});

describe('INDEXED_FILES_GLOB', () => {
  const site = mkdtempSync(join(tmpdir(), 'indexed-pages-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  test('matches the built file of exactly the pages indexedPage holds', async () => {
    for (const page of PAGES) {
      mkdirSync(join(site, page), { recursive: true });
      writeFileSync(join(site, page, 'index.html'), '<!doctype html>');
    }
    const matched = (await glob(INDEXED_FILES_GLOB, { cwd: site })).map((file) => `/${file.replace(/index\.html$/, '')}`).sort();
    expect(matched).toEqual(PAGES.filter((page) => indexedPage(page) !== null).sort());
  });
});
