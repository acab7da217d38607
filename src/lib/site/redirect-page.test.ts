import { expect, test } from 'vitest';
import { redirectPageHtml } from './redirect-page.ts';

const site = new URL('https://record.example');
const html = redirectPageHtml(
  { from: '/documents/undated-record/', to: '/documents/2021-02-08-item-8/#doc-background-papers' },
  site,
  { title: 'Better Care Fund & reserves', stylesheets: ['/_astro/site.abc.css'] },
);

test('the page sends the browser on at once, to the new address with its #fragment', () => {
  expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="refresh" content="0; url=\/documents\/2021-02-08-item-8\/#doc-background-papers">/);
});

test('its canonical address and og:url are the new page, without the #fragment', () => {
  expect(html).toContain('<link rel="canonical" href="https://record.example/documents/2021-02-08-item-8/">');
  expect(html).toContain('<meta property="og:url" content="https://record.example/documents/2021-02-08-item-8/">');
});

test('it says in plain words where the page went, with a link, and carries the link-preview tags', () => {
  expect(html).toContain('<h1>This page has moved</h1>');
  expect(html).toContain('<p class="lede">It is now at <a href="/documents/2021-02-08-item-8/#doc-background-papers">Better Care Fund &amp; reserves</a>.</p>');
  expect(html).toContain('<title>Moved: Better Care Fund &amp; reserves – Nottinghamshire integration record</title>');
  expect(html).toContain('<meta property="og:title" content="Moved: Better Care Fund &amp; reserves">');
  expect(html).toContain(
    '<meta property="og:description" content="The page that was at /documents/undated-record/ has moved to https://record.example/documents/2021-02-08-item-8/#doc-background-papers.">',
  );
  expect(html).toContain('<meta property="og:type" content="website">');
  expect(html).toContain('<meta name="twitter:card" content="summary">');
  expect(html).toContain('<link rel="stylesheet" href="/_astro/site.abc.css">');
});

test('with the new page unknown, the link shows its address', () => {
  const bare = redirectPageHtml({ from: '/a/', to: '/b/' }, site, { title: null, stylesheets: [] });
  expect(bare).toContain('<title>This page has moved – Nottinghamshire integration record</title>');
  expect(bare).toContain('<a href="/b/">/b/</a>');
  expect(bare).not.toContain('stylesheet');
});

test('every value is escaped', () => {
  const odd = redirectPageHtml({ from: '/a/', to: '/b/?x="1"&y=<2>' }, site, { title: '<script>', stylesheets: [] });
  expect(odd).not.toMatch(/<script>|="1"|<2>/);
});
