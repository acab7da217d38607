import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface FileToWrite {
  path: string;
  content: string | Uint8Array;
}

/**
 * Write a batch of files all or nothing, as far as a file system allows: every file is first written beside its
 * target under a temporary name, and only when all are written are they renamed into place. If any write fails,
 * the temporary files are removed and the targets are untouched. A file whose content is unchanged is not rewritten.
 */
export async function writeFilesAtomically(files: readonly FileToWrite[]): Promise<{ written: string[]; unchanged: string[] }> {
  const pending: { temp: string; path: string }[] = [];
  const unchanged: string[] = [];
  try {
    for (const [i, file] of files.entries()) {
      const bytes = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : Buffer.from(file.content);
      const existing = await readFile(file.path).catch(() => null);
      if (existing?.equals(bytes)) {
        unchanged.push(file.path);
        continue;
      }
      await mkdir(dirname(file.path), { recursive: true });
      const temp = join(dirname(file.path), `.import-${process.pid}-${i}.tmp`);
      pending.push({ temp, path: file.path });
      await writeFile(temp, bytes);
    }
  } catch (error) {
    await Promise.all(pending.map((p) => rm(p.temp, { force: true })));
    throw error;
  }
  for (const p of pending) await rename(p.temp, p.path);
  return { written: pending.map((p) => p.path), unchanged };
}
