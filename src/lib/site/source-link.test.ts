import { expect, test } from 'vitest';
import { sourceLink } from './source-link.ts';

const source = { file: '000_ff8459ba548c6acb.txt', sha256: 'a'.repeat(64), lines: [1, 462] as [number, number], pages: null };

test('a text source is linked as plain text and named by its lines', () => {
  expect(sourceLink(source)).toEqual({ href: '/sources/000_ff8459ba548c6acb.txt', type: 'text/plain', format: 'plain text', where: 'lines 1 to 462' });
});

test('a PDF source is linked at the page the document starts on and named by its pages', () => {
  expect(sourceLink({ ...source, file: 'Policy Committee 2016.pdf', pages: [3, 7] })).toEqual({
    href: '/sources/Policy%20Committee%202016.pdf#page=3',
    type: 'application/pdf',
    format: 'PDF',
    where: 'pages 3 to 7 of the PDF',
  });
  expect(sourceLink({ ...source, file: 'item-8.PDF', pages: [2, 2] }).where).toBe('page 2 of the PDF');
});
