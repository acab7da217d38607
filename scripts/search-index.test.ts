import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { indexTag } from '../src/lib/search/index-tag.ts';
import { INDEXED_FILES_GLOB } from '../src/lib/search/indexed-pages.ts';
import { ASTRO_NODE_FLAGS } from './bench/build-site.ts';
import { searchIndexArgs, searchIndexEnv, withIndexPreloads } from './search-index.ts';

test('Pagefind reads the indexed pages of the built site, with smaller index chunks', () => {
  expect(searchIndexArgs('dist')).toEqual(['--site', 'dist', '--output-subdir', 'pagefind', '--glob', INDEXED_FILES_GLOB]);
  expect(searchIndexEnv()).toEqual({ PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: '5000' });
});

test('npm run build starts Astro as the scale bench does', () => {
  const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
  expect(scripts['build']).toBe(`node ${ASTRO_NODE_FLAGS.join(' ')} node_modules/astro/bin/astro.mjs build && tsx scripts/search-index.ts`);
});

test('the search page gets the index hash as the entry tag, and a preload of the meta file', () => {
  const html = '<head><link rel="preload" href="/pagefind/pagefind-entry.json?ts=pagefind-index-tag" as="fetch" crossorigin="anonymous" data-pagefind-entry></head>';
  const out = withIndexPreloads(html, 'en-gb_abc');
  expect(out).toBe(
    '<head><link rel="preload" href="/pagefind/pagefind-entry.json?ts=en-gb_abc" as="fetch" crossorigin="anonymous" data-pagefind-entry><link rel="preload" href="/pagefind/pagefind.en-gb_abc.pf_meta" as="fetch" crossorigin="anonymous"></head>',
  );
  expect(() => withIndexPreloads('<head></head>', 'x')).toThrow(/no preload/);
});

test('the page script reads the tag back, and ignores the placeholder of a build without an index', () => {
  expect(indexTag('/pagefind/pagefind-entry.json?ts=en-gb_abc')).toBe('en-gb_abc');
  expect(indexTag('/pagefind/pagefind-entry.json?ts=pagefind-index-tag')).toBeNull();
  expect(indexTag(null)).toBeNull();
});
