import { expect, test } from 'vitest';
import { tableLabel, tableLabelOf } from './table-label.ts';

test('names a table after its first column headings', () => {
  expect(tableLabel('<thead><tr><th>Area</th><th align="left">Lead &amp; <em>partner</em></th><th>A</th><th>B</th></tr></thead>')).toBe(
    'Table: Area, Lead & partner, A',
  );
});

test('shortens a long heading and falls back to “Table”', () => {
  expect(tableLabel(`<th>${'x'.repeat(50)}</th>`)).toBe(`Table: ${'x'.repeat(39)}…`);
  expect(tableLabel('<tbody><tr><td>1</td></tr></tbody>')).toBe('Table');
});

test('a table given as its headings is named the same way', () => {
  expect(tableLabelOf(['Post Title', 'FTE', 'Grade/ Band', 'End date'])).toBe('Table: Post Title, FTE, Grade/ Band');
  expect(tableLabelOf([])).toBe('Table');
});
