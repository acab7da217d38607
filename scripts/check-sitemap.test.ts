import { expect, test } from 'vitest';
import { sitemapLocations, sitemapProblems } from './check-sitemap.ts';

const origin = 'https://record.example';

test('sitemapLocations reads the <loc> of a sitemap and of an index', () => {
  expect(sitemapLocations('<urlset><url><loc>https://record.example/a/?x=1&amp;y=2</loc></url><url><loc> https://record.example/b/ </loc></url></urlset>')).toEqual([
    'https://record.example/a/?x=1&y=2',
    'https://record.example/b/',
  ]);
  expect(sitemapLocations('<sitemapindex><sitemap><loc>https://record.example/sitemap-0.xml</loc></sitemap></sitemapindex>')).toEqual(['https://record.example/sitemap-0.xml']);
});

test('a sitemap of every page and only pages has no problems', () => {
  expect(sitemapProblems([`${origin}/`, `${origin}/about/`], ['/', '/about/'], origin)).toEqual([]);
});

test('pages left out, files that are not pages, other addresses and repeats are problems', () => {
  expect(
    sitemapProblems([`${origin}/`, `${origin}/api/documents.json`, 'https://other.example/about/', `${origin}/`], ['/', '/about/', '/glossary/'], origin),
  ).toEqual([
    "https://other.example/about/: not on the site's address (https://record.example)",
    'https://record.example/: listed twice',
    '/api/documents.json: in the sitemap, but not a page of the site',
    '/glossary/: a page the sitemap leaves out',
  ]);
});
