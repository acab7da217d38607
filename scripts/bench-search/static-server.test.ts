import { expect, test } from 'vitest';
import { compressible, contentType } from './static-server.ts';

test('serves text as text and Pagefind files as opaque bytes', () => {
  expect(contentType('search/index.html')).toBe('text/html; charset=utf-8');
  expect(contentType('pagefind/pagefind-component-ui.js')).toBe('text/javascript; charset=utf-8');
  expect(contentType('pagefind/wasm.en-gb.pagefind')).toBe('application/octet-stream');
  expect(contentType('pagefind/index/en-gb_1a2b.pf_index')).toBe('application/octet-stream');
});

test('gzips text, never what is compressed already', () => {
  expect(compressible('text/css; charset=utf-8')).toBe(true);
  expect(compressible('application/json')).toBe(true);
  expect(compressible('image/svg+xml')).toBe(true);
  expect(compressible('application/octet-stream')).toBe(false);
  expect(compressible('application/wasm')).toBe(false);
});
