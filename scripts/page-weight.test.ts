import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { pageWeight, weigh } from './page-weight.ts';

const assets: Record<string, string> = {
  '/_astro/a.css': 'body{color:#111}',
  '/_astro/b.css': 'main{max-width:40rem}',
  '/_astro/c.js': 'console.log(1)',
  '/_astro/d.js': 'export const d=1',
};
const read = (path: string) => (path in assets ? Buffer.from(assets[path]!) : null);
const gz = (s: string) => gzipSync(Buffer.from(s), { level: 9 }).length;

test('weigh gives raw and gzipped bytes, and zero for nothing', () => {
  expect(weigh('')).toEqual({ raw: 0, gzip: 0 });
  expect(weigh('héllo')).toEqual({ raw: 6, gzip: gz('héllo') });
});

test('pageWeight counts the HTML, its stylesheets, inline styles, scripts and module preloads, each asset once', () => {
  const html = `<html><head><link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/a.css">
    <link rel="preload" as="style" href="/_astro/b.css"><link rel="modulepreload" href="/_astro/d.js"><style>p{margin:0}</style>
    <link rel="canonical" href="https://example.org/"></head><body><script type="module" src="/_astro/c.js"></script>
    <script type="application/json">{"a":1}</script></body></html>`;
  const weight = pageWeight(html, read);
  expect(weight.html).toEqual(weigh(html));
  expect(weight.css).toEqual({ raw: 16 + 21 + 11, gzip: gz(assets['/_astro/a.css']!) + gz(assets['/_astro/b.css']!) + gz('p{margin:0}') });
  expect(weight.js).toEqual({ raw: 16 + 14, gzip: gz(assets['/_astro/d.js']!) + gz(assets['/_astro/c.js']!) });
});

test('assets on other hosts or missing are not counted', () => {
  expect(pageWeight('<link rel="stylesheet" href="https://cdn.example/x.css">', read).css).toEqual({ raw: 0, gzip: 0 });
});
