import { expect, test } from 'vitest';
import { indexTag } from '../src/lib/search/index-tag.ts';
import { searchIndexArgs, searchIndexEnv, withIndexPreloads } from './search-index.ts';

test('npm run build and the scale bench run Pagefind the same way', () => {
  expect(searchIndexArgs('dist')).toEqual(['--site', 'dist', '--output-subdir', 'pagefind']);
  expect(searchIndexEnv()).toEqual({ PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: '5000' });
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
