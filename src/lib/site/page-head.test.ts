import { expect, test } from 'vitest';
import { readPageHead } from './page-head.ts';

test('a page’s own title and stylesheets are read from its head', () => {
  const html = `<!doctype html><html><head><title>A &amp; B – Site</title><meta property="og:title" content="A &amp; B">
    <link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="https://x.example/"><link rel="stylesheet" href="/_astro/b.css"></head>
    <body><link rel="stylesheet" href="/_astro/late.css"></body></html>`;
  expect(readPageHead(html)).toEqual({ title: 'A & B', stylesheets: ['/_astro/a.css', '/_astro/b.css'] });
});

test('no og:title, no title', () => {
  expect(readPageHead('<html><head><title>x</title></head></html>')).toEqual({ title: null, stylesheets: [] });
});
