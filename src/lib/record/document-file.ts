import { readFileSync } from 'node:fs';

/**
 * A document's MDX body, as the importer wrote it, without its front matter: what `entry.body` would hold. The
 * documents collection keeps no bodies (retainBody: false in src/content.config.ts), so the few pages that need the
 * text itself read it from the file here.
 */
export function readDocumentBody(entry: { id: string; filePath?: string | undefined }): string {
  if (entry.filePath === undefined) throw new Error(`content/documents: entry ${entry.id} has no file path to read`);
  return readFileSync(entry.filePath, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
}
