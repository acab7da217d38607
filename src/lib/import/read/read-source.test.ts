import { expect, test } from 'vitest';
import { decodeSource, readSource, splitLines } from './read-source.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (s: string) => new TextEncoder().encode(s);

test('UTF-8 with a BOM and CRLF line ends reads as plain lines', () => {
  const source = decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, ...text('Report to Policy Committee\r\n\r\n20 April 2016\r\n')]), 'r.txt');
  expect(source.lines).toEqual([
    { text: 'Report to Policy Committee', line: 1 },
    { text: '', line: 2 },
    { text: '20 April 2016', line: 3 },
  ]);
});

test('Windows-1252 is decoded, curly quotes and pound sign included', () => {
  // “Better Together” £5m, as Windows-1252 bytes: not valid UTF-8.
  const source = decodeSource(bytes(0x93, ...text('Better Together'), 0x94, 0x20, 0xa3, ...text('5m')), 'old.txt');
  expect(source.lines[0]?.text).toBe('“Better Together” £5m');
});

test('UTF-16 with its BOM is decoded', () => {
  const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Agenda'].flatMap((c) => [c.charCodeAt(0), 0])]);
  expect(decodeSource(utf16, 'u16.txt').lines[0]?.text).toBe('Agenda');
});

test('the sha256 is of the bytes as they are, and the name is the base name', () => {
  const source = decodeSource(text('x\n'), 'some/dir/report.txt');
  expect(source.file).toBe('report.txt');
  expect(source.sha256).toBe('73cb3858a687a8494ca3323053016282f3dad39d42cf62ca4e79dda2aac7d9ac');
});

test('a binary file is refused by name and line', () => {
  expect(() => decodeSource(bytes(...text('a\nb'), 0, 1, 2), 'scan.pdf')).toThrow(/^scan\.pdf:2: the file holds a NUL byte, so it is binary, not text — /);
});

test('an empty or blank file is refused by name', () => {
  expect(() => decodeSource(text(' \n\n'), 'empty.txt')).toThrow(/^empty\.txt: the file is empty — /);
});

test('a missing file is refused by name', async () => {
  await expect(readSource('no/such/report.txt')).rejects.toThrow(/^no\/such\/report\.txt: no such file — check the path/);
});

test('a lone CR ends a line; a final line break does not start another', () => {
  expect(splitLines('a\rb\n').map((l) => l.text)).toEqual(['a', 'b']);
});
