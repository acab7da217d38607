import { readFileSync } from 'node:fs';

/**
 * A document's MDX as the importer wrote it, read from its file. The documents collection keeps no bodies
 * (retainBody: false in src/content.config.ts), so the few pages that need the text itself read it here.
 */
export function readDocumentMdx(entry: { id: string; filePath?: string | undefined }): string {
  if (entry.filePath === undefined) throw new Error(`content/documents: entry ${entry.id} has no file path to read`);
  return readFileSync(entry.filePath, 'utf8');
}
