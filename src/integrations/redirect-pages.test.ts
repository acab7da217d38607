import { mkdtempSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { builtFile, redirectList, writeRedirectPages } from './redirect-pages.ts';

test('redirectList reads both forms of astro.config.mjs redirects', () => {
  expect(redirectList({ '/a/': '/b/#p-1', '/c/': { destination: '/d/' } })).toEqual([
    { from: '/a/', to: '/b/#p-1' },
    { from: '/c/', to: '/d/' },
  ]);
  expect(() => redirectList({ '/a/[slug]/': '/b/' })).toThrowErrorMatchingInlineSnapshot(`[Error: redirects: "/a/[slug]/" has a parameter; a static site needs one entry per old address]`);
});

test('builtFile: the file a path is served from', () => {
  expect(builtFile('/documents/a/')).toBe('documents/a/index.html');
  expect(builtFile('/documents/a/#p-2')).toBe('documents/a/index.html');
  expect(builtFile('/')).toBe('index.html');
  expect(builtFile('/old.html')).toBe('old.html');
});

test('writeRedirectPages writes each old address’s page, naming the built page it leads to', () => {
  const dir = mkdtempSync(join(tmpdir(), 'redirect-pages-'));
  mkdirSync(join(dir, 'documents/new'), { recursive: true });
  writeFileSync(join(dir, 'documents/new/index.html'), '<!doctype html><head><meta property="og:title" content="The new page"><link rel="stylesheet" href="/_astro/s.css"></head>');
  const written = writeRedirectPages(dir, [{ from: '/documents/old/', to: '/documents/new/#p-3' }, { from: '/gone/', to: '/nowhere/' }], new URL('https://record.example'));
  expect(written).toEqual([join(dir, 'documents/old/index.html'), join(dir, 'gone/index.html')]);
  const page = readFileSync(join(dir, 'documents/old/index.html'), 'utf8');
  expect(page).toContain('<a href="/documents/new/#p-3">The new page</a>');
  expect(page).toContain('<link rel="stylesheet" href="/_astro/s.css">');
  expect(readFileSync(join(dir, 'gone/index.html'), 'utf8')).toContain('<a href="/nowhere/">/nowhere/</a>');
});
