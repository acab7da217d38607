import { expect, test } from 'vitest';
import { isSitemapPage } from './sitemap-pages.ts';

const redirects = ['/documents/old/', '/documents/older'];

test('pages are in the sitemap', () => {
  expect(isSitemapPage('https://x.example/', redirects)).toBe(true);
  expect(isSitemapPage('https://x.example/documents/2016-04-20-policy-committee-item-7/', redirects)).toBe(true);
});

test('old addresses, data files, sources and the 404 page are not', () => {
  expect(isSitemapPage('https://x.example/documents/old/', redirects)).toBe(false);
  expect(isSitemapPage('https://x.example/documents/older/', redirects)).toBe(false);
  expect(isSitemapPage('https://x.example/api/documents.json', redirects)).toBe(false);
  expect(isSitemapPage('https://x.example/feeds/decisions.xml', redirects)).toBe(false);
  expect(isSitemapPage('https://x.example/sources/000_a.txt', redirects)).toBe(false);
  expect(isSitemapPage('https://x.example/404.html', redirects)).toBe(false);
});
