import { expect, test } from 'vitest';
import { checkLinks, crawl, formatLinkReport, parsePage, parseStylesheet, type ParsedPage } from './check-links.ts';

const ORIGIN = 'https://record.example';

function site(pages: Record<string, string>, extraFiles: string[] = []) {
  const parsed = new Map<string, ParsedPage>(Object.entries(pages).map(([url, html]) => [url, parsePage(html)]));
  const files = new Set([
    ...Object.keys(pages).map((url) => (url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1))),
    ...extraFiles,
  ]);
  return { parsed, files };
}

test('parsePage collects ids, a[name], links and the resources a page loads', () => {
  const page = parsePage(`<!doctype html><html><head>
    <link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="https://record.example/x/">
    <script type="module" src="/_astro/b.js"></script></head>
    <body><main id="main"><a name="old"></a><p id="p-1">x <a href="#p-1">here</a></p>
    <img src="/i.png" srcset="/i-1.png 1x, /i-2.png 2x" alt=""><form action="/search/"></form></main></body></html>`);
  expect([...page.ids].sort()).toEqual(['main', 'old', 'p-1']);
  expect(page.links).toEqual([
    { href: '#p-1', kind: 'link' },
    { href: '/search/', kind: 'link' },
    { href: '/_astro/a.css', kind: 'resource' },
    { href: 'https://record.example/x/', kind: 'reference' },
    { href: '/_astro/b.js', kind: 'resource' },
    { href: '/i.png', kind: 'resource' },
    { href: '/i-1.png', kind: 'resource' },
    { href: '/i-2.png', kind: 'resource' },
  ]);
});

test('parsePage does not read links inside scripts or comments', () => {
  const page = parsePage('<script type="application/json">{"a":"<a href=\\"/nowhere/\\">"}</script><!-- <a href="/gone/"> --><p>ok</p>');
  expect(page.links).toEqual([]);
});

test('links that land pass, and are counted with their fragments', () => {
  const { parsed, files } = site(
    {
      '/': '<a href="/documents/a/#p-2">a</a> <a href="documents/a/">rel</a> <a href="https://record.example/documents/a/">abs</a>',
      '/documents/a/': '<p id="p-2"></p><a href="#p-2">self</a><a href="../../">up</a><link rel="stylesheet" href="/_astro/x.css">',
    },
    ['_astro/x.css'],
  );
  const report = checkLinks(parsed, files, ORIGIN);
  expect(report).toEqual({ links: 6, fragments: 2, external: 0, problems: [] });
});

test('a link to a page that is not built, or without its trailing slash, does not land', () => {
  const { parsed, files } = site({
    '/': '<a href="/documents/missing/">m</a> <a href="/documents/a">no slash</a> <link rel="stylesheet" href="/_astro/gone.css">',
    '/documents/a/': '<p>a</p>',
  });
  expect(checkLinks(parsed, files, ORIGIN).problems).toEqual([
    { page: '/', href: '/documents/missing/', problem: 'no file at /documents/missing/' },
    { page: '/', href: '/documents/a', problem: 'no page at /documents/a (the page is at /documents/a/: trailing slash missing)' },
    { page: '/', href: '/_astro/gone.css', problem: 'no file at /_astro/gone.css' },
  ]);
});

test('a #fragment whose id is not on the target page does not land', () => {
  const { parsed, files } = site({
    '/': '<a href="/documents/a/#p-9">p9</a> <a href="#nowhere">x</a> <a href="#top">top</a> <a href="#">empty</a>',
    '/documents/a/': '<p id="p-1"></p>',
  });
  expect(checkLinks(parsed, files, ORIGIN).problems).toEqual([
    { page: '/', href: '/documents/a/#p-9', problem: 'no id="p-9" on /documents/a/' },
    { page: '/', href: '#nowhere', problem: 'no id="nowhere" on /' },
    { page: '/', href: '#', problem: 'empty #fragment' },
  ]);
});

test('percent-encoded paths and fragments are decoded before they are looked up', () => {
  const { parsed, files } = site({
    '/': '<a href="/a%20b/#caf%C3%A9">x</a>',
    '/a b/': '<h2 id="café">Café</h2>',
  });
  expect(checkLinks(parsed, files, ORIGIN).problems).toEqual([]);
});

test('a fragment on a file that is not a page cannot be checked, and says so', () => {
  const { parsed, files } = site({ '/': '<a href="/api/documents.json#x">json</a>' }, ['api/documents.json']);
  expect(checkLinks(parsed, files, ORIGIN).problems).toEqual([
    { page: '/', href: '/api/documents.json#x', problem: '#x on /api/documents.json, which is not an HTML page' },
  ]);
});

test('other hosts are counted as external and not followed; mailto and tel are ignored; javascript: is a problem', () => {
  const { parsed, files } = site({
    '/': '<a href="https://www.nottinghamshire.gov.uk/">council</a> <a href="mailto:a@b.c">mail</a> <a href="tel:0115">tel</a> <a href="javascript:void(0)">js</a>',
  });
  const report = checkLinks(parsed, files, ORIGIN);
  expect(report.external).toBe(1);
  expect(report.links).toBe(0);
  expect(report.problems).toEqual([{ page: '/', href: 'javascript:void(0)', problem: 'javascript: URL' }]);
});

test('a stylesheet, script, font or image from another host is a problem; a canonical link elsewhere is not', () => {
  const { parsed, files } = site({
    '/': `<link rel="stylesheet" href="https://fonts.example.com/css"><link rel="preconnect" href="https://fonts.example.com">
      <link rel="canonical" href="https://www.example.org/"><script src="https://cdn.example.net/a.js"></script>
      <img src="https://img.example.org/a.png" alt="">`,
  });
  const report = checkLinks(parsed, files, ORIGIN);
  expect(report.external).toBe(5);
  expect(report.problems.map((p) => p.problem)).toEqual([
    'loaded from another host (fonts.example.com): self-host it',
    'loaded from another host (fonts.example.com): self-host it',
    'loaded from another host (cdn.example.net): self-host it',
    'loaded from another host (img.example.org): self-host it',
  ]);
});

test('crawl follows navigating links from / and finds pages not linked from anywhere', () => {
  const { parsed, files } = site({
    '/': '<a href="/a/">a</a> <a href="https://elsewhere.example/b/">b</a>',
    '/a/': '<a href="/a/#x">self</a> <a href="/">home</a>',
    '/b/': '<p>orphan</p>',
  });
  expect([...crawl(parsed, files, ORIGIN)].sort()).toEqual(['/', '/a/']);
});

test('formatLinkReport prints each failing link once, with a count, and ends with one summary line', () => {
  expect(formatLinkReport({ links: 3, fragments: 1, external: 0, problems: [] }, 2)).toEqual([
    'Link check: 3 internal links (1 with a #fragment) on 2 pages: all land.',
  ]);
  const twice = { page: '/', href: '#x', problem: 'no id="x" on /' };
  expect(formatLinkReport({ links: 3, fragments: 1, external: 0, problems: [twice, twice, { page: '/a/', href: '/b', problem: 'no file at /b' }] }, 2))
    .toMatchInlineSnapshot(`
      [
        "/: #x — no id="x" on / (2 times)",
        "/a/: /b — no file at /b",
        "Link check: 3 internal links (1 with a #fragment) on 2 pages: 3 do not land.",
      ]
    `);
});

test('parseStylesheet finds url() and @import targets, not data: URLs or comments', () => {
  const css = `@import "/_astro/base.css"; /* url(/old.woff2) */
    @font-face{src:url("/fonts/a.woff2") format("woff2"),url('/fonts/a.woff') format("woff")}
    .x{background:url(data:image/png;base64,AAA)} .y{background:url( ../img/b.png )} .z{mask:url(#m)}`;
  expect(parseStylesheet(css).links.map((l) => l.href)).toEqual(['/_astro/base.css', '/fonts/a.woff2', '/fonts/a.woff', '../img/b.png']);
});

test('a stylesheet’s url()s resolve against the stylesheet and must be built; fonts from other hosts are problems', () => {
  const sheets = new Map([['/_astro/site.css', parseStylesheet('a{background:url(../img/a.png)} @font-face{src:url(https://fonts.example.com/f.woff2)}')]]);
  expect(checkLinks(sheets, new Set(['img/a.png']), ORIGIN).problems).toEqual([
    { page: '/_astro/site.css', href: 'https://fonts.example.com/f.woff2', problem: 'loaded from another host (fonts.example.com): self-host it' },
  ]);
  expect(checkLinks(sheets, new Set([]), ORIGIN).problems[0]).toEqual({ page: '/_astro/site.css', href: '../img/a.png', problem: 'no file at /img/a.png' });
});
