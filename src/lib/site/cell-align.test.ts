import { expect, test } from 'vitest';
import { cellAlign } from './cell-align.ts';

test('reads a cell’s alignment from a style object or string', () => {
  expect(cellAlign({ textAlign: 'right' })).toBe('right');
  expect(cellAlign('text-align: center')).toBe('center');
  expect(cellAlign('text-align:LEFT')).toBe('left');
});

test('gives null when a cell asks for no alignment, or for one we do not know', () => {
  expect(cellAlign(undefined)).toBeNull();
  expect(cellAlign({ color: 'red' })).toBeNull();
  expect(cellAlign('text-align: justify')).toBeNull();
});
