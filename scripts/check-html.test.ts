import { expect, test } from 'vitest';
import { formatHtmlErrors, parseVnuReport } from './check-html.ts';

const report = JSON.stringify({
  version: '26.9.27',
  messages: [
    { type: 'error', url: 'file:/site/documents/a/index.html', lastLine: 12, firstColumn: 3, message: 'Duplicate ID “p-1”.', extract: '<p id="p-1">\n  x' },
    { type: 'error', url: 'file:/site/index.html', lastLine: 4, message: 'Duplicate ID “p-1”.', extract: '<p id="p-1">' },
    { type: 'info', url: 'file:/site/index.html', lastLine: 1, message: 'Trailing slash on void elements has no effect.' },
    { type: 'non-document-error', subType: 'io', url: 'file:/site/404.html', message: 'Cannot read the file.' },
  ],
});

test('parseVnuReport keeps errors and names each file by the URL path it is served at', () => {
  expect(parseVnuReport(report, '/site')).toEqual([
    { page: '/documents/a/', line: 12, message: 'Duplicate ID “p-1”.', extract: '<p id="p-1"> x' },
    { page: '/', line: 4, message: 'Duplicate ID “p-1”.', extract: '<p id="p-1">' },
    { page: '/404.html', line: null, message: 'Cannot read the file.', extract: '' },
  ]);
});

test('formatHtmlErrors groups errors by message, most frequent first, and caps the places shown', () => {
  expect(formatHtmlErrors(parseVnuReport(report, '/site'), 1)).toMatchInlineSnapshot(`
    [
      "✗ Duplicate ID “p-1”. (2 times on 2 pages)",
      "    /documents/a/:12  <p id="p-1"> x",
      "    … and 1 more",
      "✗ Cannot read the file. (1 time on 1 page)",
      "    /404.html",
    ]
  `);
});

test('a clean report has no errors', () => {
  expect(parseVnuReport('{"version":"x","messages":[]}', '/site')).toEqual([]);
  expect(formatHtmlErrors([])).toEqual([]);
});
