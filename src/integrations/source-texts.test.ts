import { expect, test } from 'vitest';
import { requestedSource } from './source-texts.ts';

const NAMES = ['000_ff8459ba548c6acb.txt', '001_0556b1e3b4bd21d7.txt'];

test('a request under /sources/ gets a file the folder holds, by its name', () => {
  expect(requestedSource('/000_ff8459ba548c6acb.txt', NAMES)).toBe('000_ff8459ba548c6acb.txt');
  expect(requestedSource('/001_0556b1e3b4bd21d7.txt?download=1', NAMES)).toBe('001_0556b1e3b4bd21d7.txt');
  expect(requestedSource('/%30%30%30_ff8459ba548c6acb.txt', NAMES)).toBe('000_ff8459ba548c6acb.txt');
});

test('anything else is not a source: other names, other folders, malformed addresses', () => {
  expect(requestedSource('/', NAMES)).toBeNull();
  expect(requestedSource('/nope.txt', NAMES)).toBeNull();
  expect(requestedSource('/..%2Fpackage.json', NAMES)).toBeNull();
  expect(requestedSource('/../package.json', NAMES)).toBeNull();
  expect(requestedSource('/sub/000_ff8459ba548c6acb.txt', NAMES)).toBeNull();
  expect(requestedSource('/%E0%A4%A', NAMES)).toBeNull();
});
