import { expect, test } from 'vitest';
import { compareUrls, formatUrlList, parseUrlList, urlsFromFiles } from './published-urls.ts';

test('lists pages and data files, not assets, the search index or the 404 page', () => {
  expect(
    urlsFromFiles([
      'index.html',
      'decisions/2021-01-11-resolution-2021-002/index.html',
      'api/decisions.json',
      'feeds/decisions.xml',
      'feeds/timeline.csv',
      '_astro/page.abc123.js',
      'pagefind/pagefind.js',
      '404.html',
      'published-urls.txt',
      'fonts/body.woff2',
    ]),
  ).toEqual(['/', '/api/decisions.json', '/decisions/2021-01-11-resolution-2021-002/', '/feeds/decisions.xml', '/feeds/timeline.csv']);
});

test('a URL that vanishes without a redirect is reported; a redirected one is not', () => {
  const changes = compareUrls(['/a/', '/b/', '/c/'], ['/a/', '/d/'], ['/c']);
  expect(changes).toEqual({ vanished: ['/b/'], added: ['/d/'] });
});

test('the list file round-trips, sorted and without duplicates', () => {
  const text = formatUrlList(['/b/', '/a/', '/b/']);
  expect(text.startsWith('# Every URL')).toBe(true);
  expect(parseUrlList(text)).toEqual(['/a/', '/b/']);
});
