import { expect, test } from 'vitest';
import { fileForUrl, htmlPages, pageType, siteDir, redirectTarget, urlForFile } from './site-files.ts';
import { redirectPageHtml } from '../src/lib/site/redirect-page.ts';

test('siteDir prefers SITE_DIR, then SITE_OUT_DIR, then dist', () => {
  expect(siteDir({ SITE_DIR: 'a', SITE_OUT_DIR: 'b' })).toBe('a');
  expect(siteDir({ SITE_OUT_DIR: 'b' })).toBe('b');
  expect(siteDir({})).toBe('dist');
});

test('urlForFile maps index.html files to their folder URL and keeps other files as they are', () => {
  expect(urlForFile('index.html')).toBe('/');
  expect(urlForFile('documents/a/index.html')).toBe('/documents/a/');
  expect(urlForFile('404.html')).toBe('/404.html');
  expect(urlForFile('api/documents.json')).toBe('/api/documents.json');
});

test('fileForUrl serves folders from index.html only with the trailing slash', () => {
  const files = new Set(['index.html', 'documents/a/index.html', 'api/documents.json', 'a b/index.html']);
  expect(fileForUrl('/', files)).toBe('index.html');
  expect(fileForUrl('/documents/a/', files)).toBe('documents/a/index.html');
  expect(fileForUrl('/documents/a', files)).toBeNull();
  expect(fileForUrl('/api/documents.json', files)).toBe('api/documents.json');
  expect(fileForUrl('/a%20b/', files)).toBe('a b/index.html');
  expect(fileForUrl('/%E0%A4%A/', files)).toBeNull();
});

test('htmlPages lists the URLs of the HTML files only', () => {
  expect(htmlPages(['404.html', 'index.html', 'about/index.html', '_astro/x.css'])).toEqual(['/', '/404.html', '/about/']);
});

test('pageType names a page by its first segment, with /* for the pages below an index', () => {
  expect(pageType('/')).toBe('home');
  expect(pageType('/about/')).toBe('about');
  expect(pageType('/documents/')).toBe('documents');
  expect(pageType('/documents/2016-04-20-policy-committee-item-7/')).toBe('documents/*');
  expect(pageType('/timeline/area/bassetlaw/')).toBe('timeline/*');
  expect(pageType('/404.html')).toBe('404');
});

test('a redirect stub is told from a page, and where it sends the reader is read', () => {
  const stub = redirectPageHtml({ from: '/documents/old/', to: '/documents/new/#p-2' }, new URL('https://record.example'), { title: 'New', stylesheets: [] });
  expect(redirectTarget(stub)).toBe('/documents/new/#p-2');
  const astroStub = '<!doctype html><title>Redirecting to: /documents/new/</title><meta http-equiv="refresh" content="0;url=/documents/new/"><meta name="robots" content="noindex">';
  expect(redirectTarget(astroStub)).toBe('/documents/new/');
  expect(redirectTarget('<!doctype html><html lang="en-GB"><head><title>A page</title>')).toBeNull();
});
