import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readPdf } from './read-pdf.ts';
import { readSource } from '../read-source.ts';
import { ImportError, type SourceText } from '../../types.ts';

const CORPUS = join(import.meta.dirname, '../../__corpus__');
const SEEDS = readdirSync(CORPUS).filter((seed) => existsSync(join(CORPUS, seed, 'paper.pdf')));
const read = new Map<string, Promise<SourceText>>();
/** A corpus PDF as the importer reads it (through readSource, which hands a PDF to readPdf), read once for all tests. */
const readSeed = (seed: string) => read.get(seed) ?? read.set(seed, readSource(join(CORPUS, seed, 'paper.pdf'))).get(seed) ?? readSource('');

/** A PDF's bytes, its xref table worked out: one object per entry, the first the catalog. */
function pdf(objects: string[], trailer = ''): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** A one-page A4 PDF whose page draws the given content stream, with Helvetica as F1 and Helvetica-Bold as F2. */
function onePage(content: string, trailer = '', extra: string[] = []): Uint8Array {
  return pdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>',
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>',
      ...extra,
    ],
    trailer,
  );
}

/** RC4, which the PDF standard security handler (revision 2) encrypts with. */
function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + (s[i] ?? 0) + (key[i % key.length] ?? 0)) % 256;
    [s[i], s[j]] = [s[j] ?? 0, s[i] ?? 0];
  }
  let i = 0;
  let j = 0;
  return data.map((byte) => {
    i = (i + 1) % 256;
    j = (j + (s[i] ?? 0)) % 256;
    [s[i], s[j]] = [s[j] ?? 0, s[i] ?? 0];
    return byte ^ (s[((s[i] ?? 0) + (s[j] ?? 0)) % 256] ?? 0);
  });
}

/** A PDF locked with a user password, by the standard security handler's 40-bit RC4 (revision 2). */
function lockedPdf(): Uint8Array {
  const pad = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
  const padded = (password: string) => Buffer.concat([Buffer.from(password, 'latin1'), pad]).subarray(0, 32);
  const md5 = (...parts: Uint8Array[]) => createHash('md5').update(Buffer.concat(parts)).digest().subarray(0, 5);
  const owner = Buffer.from(rc4(md5(padded('owner')), padded('secret')));
  const id = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
  const p = Buffer.alloc(4);
  p.writeInt32LE(-4);
  const user = Buffer.from(rc4(md5(padded('secret'), owner, p, id), pad));
  const encrypt = `<< /Filter /Standard /V 1 /R 2 /O <${owner.toString('hex')}> /U <${user.toString('hex')}> /P -4 >>`;
  return onePage('', `/Encrypt 7 0 R /ID [<${id.toString('hex')}> <${id.toString('hex')}>] `, [encrypt]);
}

/** Lower-case words and numbers, in order: the words a reader must keep. */
const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** A seed's words as a reader of its PDF should find them: markdown and HTML markup, and its "Page N of M" footers, left out. */
function seedWords(seed: string): string[] {
  const text = readFileSync(join(import.meta.dirname, '../../../../../sources', `${seed}.txt`), 'utf8')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<\/?[a-z]+[^>]*>/gi, ' ')
    .replace(/\bPage \d+ of \d+\b/g, ' ')
    .replace(/^#+ /gm, '');
  return words(text);
}

/**
 * How many of `wanted` are found in `found` in the same order: the length of their longest common subsequence, by
 * Myers' diff, which is quick when they differ little. Past `maxEdits` insertions and deletions it gives up and
 * answers the most it could then be.
 */
function foundInOrder(wanted: readonly string[], found: readonly string[], maxEdits: number): number {
  const n = wanted.length;
  const m = found.length;
  const v = new Int32Array(2 * maxEdits + 3);
  const at = (k: number) => v[k + maxEdits + 1] ?? 0;
  for (let d = 0; d <= maxEdits; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? at(k + 1) : at(k - 1) + 1;
      let y = x - k;
      while (x < n && y < m && wanted[x] === found[y]) {
        x += 1;
        y += 1;
      }
      v[k + maxEdits + 1] = x;
      if (x >= n && y >= m) return (n + m - d) / 2;
    }
  }
  return (n + m - maxEdits) / 2;
}

for (const seed of SEEDS) {
  test(`rebuilds the text of ${seed}'s PDF as the golden file has it`, async () => {
    const source = await readSeed(seed);
    await expect(`${source.lines.map((l) => l.text).join('\n')}\n`).toMatchFileSnapshot(`__fixtures__/read-pdf/${seed}.expected.txt`);
  });

  test(`keeps at least 99.5 % of ${seed}'s words, in order`, async () => {
    const wanted = seedWords(seed);
    const found = words((await readSeed(seed)).lines.map((l) => l.text).join('\n').replace(/\bPage \d+ of \d+\b/g, ' '));
    // Enough edits to tell 99.5 % from less, whatever the lengths.
    const maxEdits = Math.max(0, found.length - wanted.length) + Math.ceil(0.02 * wanted.length);
    expect(foundInOrder(wanted, found, maxEdits) / wanted.length).toBeGreaterThanOrEqual(0.995);
  });
}

test('numbers every line, blank lines included, and puts its page on each', async () => {
  const source = await readSeed(SEEDS[0] ?? '');
  expect(source.lines.map((l) => l.line)).toEqual(source.lines.map((_, i) => i + 1));
  expect(source.lines.every((l) => typeof l.page === 'number' && l.page >= 1)).toBe(true);
  expect(source).toMatchObject({ format: 'pdf', file: 'paper.pdf' });
});

test('reads a PDF\'s text with each line\'s page, left edge, weight and size, and the sha256 of its bytes', async () => {
  const bytes = onePage('BT /F2 14 Tf 72 770 Td (Report to Policy Committee) Tj ET BT /F1 12 Tf 72 740 Td (20 April 2016) Tj ET');
  const source = await readPdf(bytes, 'some/dir/report.pdf');
  expect(source).toEqual({
    file: 'report.pdf',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    format: 'pdf',
    lines: [
      { text: 'Report to Policy Committee', line: 1, page: 1, x: 72, bold: true, size: 14 },
      { text: '', line: 2, page: 1 },
      { text: '20 April 2016', line: 3, page: 1, x: 72, bold: false, size: 12 },
    ],
  });
});

test('refuses a file that starts like a PDF but is not one, by name, with what to do', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'read-pdf-'));
  await writeFile(join(dir, 'broken.pdf'), '%PDF-1.7\nthis is not a PDF at all\n');
  const refused = readSource(join(dir, 'broken.pdf'));
  await expect(refused).rejects.toBeInstanceOf(ImportError);
  await expect(refused).rejects.toThrow(/broken\.pdf: cannot read this PDF \(.+\) — check that the file is a whole PDF/);
});

test('refuses a PDF locked with a password', async () => {
  await expect(readPdf(lockedPdf(), 'locked.pdf')).rejects.toThrow(/^locked\.pdf: cannot read this PDF \(it is protected by a password\) — /);
});

test('refuses a PDF with no text to read, as a scan, and says to run it through OCR', async () => {
  await expect(readPdf(onePage('0 0 1 rg 72 72 200 200 re f'), 'scan.pdf')).rejects.toThrow(/^scan\.pdf: the PDF has no text to read: it is a scanned image — run it through OCR/);
});
