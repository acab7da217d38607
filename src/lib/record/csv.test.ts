import { expect, test } from 'vitest';
import { csvField, toCsv } from './csv.ts';

test('quotes only fields that need it, doubling quotes (RFC 4180)', () => {
  expect(csvField('plain')).toBe('plain');
  expect(csvField('a, b')).toBe('"a, b"');
  expect(csvField('the “Better Together” "Alliance"')).toBe('"the “Better Together” ""Alliance"""');
  expect(csvField('line one\nline two')).toBe('"line one\nline two"');
  expect(csvField(null)).toBe('');
  expect(csvField(3)).toBe('3');
});

test('writes a header and one CRLF-ended row per record', () => {
  expect(toCsv(['id', 'text'], [['a', 'x,y'], ['b', null]])).toBe('id,text\r\na,"x,y"\r\nb,\r\n');
});

test('refuses a row of the wrong width', () => {
  expect(() => toCsv(['a', 'b'], [['1']])).toThrowErrorMatchingInlineSnapshot(`[Error: CSV row 1 has 1 fields; the header has 2]`);
});
