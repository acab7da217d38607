import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { heldRedirects } from './held-redirects.ts';
import { mergedRedirects } from './merged-redirects.ts';
import { parseUrlList, PUBLISHED_URLS_FILE } from './published-urls.ts';

/**
 * The redirects the record makes by itself, for the project at `root`: a cited paper's page forwards to the document
 * once the archive holds it (held-redirects.ts), and a retelling's page to the entry it was merged into
 * (merged-redirects.ts). Only published addresses need one: none when published-urls.txt is missing.
 */
export function loadRecordRedirects(root: string): Record<string, string> {
  const publishedFile = join(root, PUBLISHED_URLS_FILE);
  if (!existsSync(publishedFile)) return {};
  const published = new Set(parseUrlList(readFileSync(publishedFile, 'utf8')));
  const read = <T>(path: string): T[] => (existsSync(join(root, path)) ? (JSON.parse(readFileSync(join(root, path), 'utf8')) as T[]) : []);
  return {
    ...heldRedirects(read('content/cited-documents.json'), published),
    ...mergedRedirects(read('content/decisions.json'), published),
  };
}
