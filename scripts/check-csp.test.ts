import { expect, test } from 'vitest';
import { checkCsp, parsePolicy } from './check-csp.ts';

const POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:; style-src 'self'";
const page = (head: string, body = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const meta = (policy = POLICY) => `<meta http-equiv="Content-Security-Policy" content="${policy}">`;

test('parsePolicy reads directives and their sources, first one wins', () => {
  expect(parsePolicy("default-src 'self'; script-src 'self' blob: ; script-src *")).toEqual(
    new Map([
      ['default-src', ["'self'"]],
      ['script-src', ["'self'", 'blob:']],
    ]),
  );
});

test('a page with a strict policy, external scripts and a JSON data block passes', () => {
  const html = page(`${meta()}<link rel="stylesheet" href="/a.css"><script type="module" src="/a.js"></script>`, '<script type="application/json">{"a":1}</script>');
  expect(checkCsp(html)).toEqual([]);
});

test('a page without a policy fails', () => {
  expect(checkCsp(page('<title>x</title>'))).toEqual(['no <meta http-equiv="Content-Security-Policy">']);
});

test("'unsafe-inline' in script-src fails, and default-src stands in when there is no script-src", () => {
  expect(checkCsp(page(meta("script-src 'self' 'unsafe-inline'")))).toEqual(["the CSP allows 'unsafe-inline' scripts"]);
  expect(checkCsp(page(meta("default-src 'self' 'unsafe-inline'")))).toEqual(["the CSP allows 'unsafe-inline' scripts"]);
  expect(checkCsp(page(meta("style-src 'self'")))).toEqual(['the CSP restricts no scripts (no script-src or default-src)']);
});

test('a policy that comes after a script or stylesheet does not cover it', () => {
  expect(checkCsp(page(`<link rel="stylesheet" href="/a.css">${meta()}`))).toEqual(['the CSP <meta> comes after a <link>, which it does not cover']);
});

test('inline scripts, event handler attributes and javascript: URLs fail', () => {
  const html = page(meta(), '<script>document.body.classList.add("js")</script><button onclick="go()">Go</button><a href="javascript:void(0)">x</a>');
  expect(checkCsp(html)).toEqual([
    'inline <script>: document.body.classList.add("js")',
    'inline event handler onclick="…" on <button>',
    'javascript: URL in href of <a>',
  ]);
});

test('an inline module script fails like any other', () => {
  expect(checkCsp(page(meta(), '<script type="module">import "/a.js"</script>'))).toEqual(['inline <script type="module">: import "/a.js"']);
});

test("Pagefind's result template is data, not a script the browser runs", () => {
  expect(checkCsp(page(meta(), '<script type="text/pagefind-template"><li>{{ meta.title }}</li></script>'))).toEqual([]);
});
