import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CitedDocument } from '../model/decision.ts';
import { documentPath } from './decision-api.ts';
import { parseUrlList, PUBLISHED_URLS_FILE } from './published-urls.ts';

/**
 * The redirects the record makes by itself: a cited paper's page, once published, forwards to the document when the
 * archive comes to hold that paper (`heldAs`). Only addresses that were published need one.
 */
export function heldRedirects(cited: readonly Pick<CitedDocument, 'id' | 'heldAs'>[], published: ReadonlySet<string>): Record<string, string> {
  const redirects: Record<string, string> = {};
  for (const c of cited) {
    const from = documentPath(c.id);
    if (c.heldAs && published.has(from)) redirects[from] = documentPath(c.heldAs);
  }
  return redirects;
}

/** heldRedirects for the project at `root`: its content/cited-documents.json and published-urls.txt (none when absent). */
export function loadHeldRedirects(root: string): Record<string, string> {
  const citedFile = join(root, 'content/cited-documents.json');
  const publishedFile = join(root, PUBLISHED_URLS_FILE);
  if (!existsSync(citedFile) || !existsSync(publishedFile)) return {};
  const cited = JSON.parse(readFileSync(citedFile, 'utf8')) as Pick<CitedDocument, 'id' | 'heldAs'>[];
  return heldRedirects(cited, new Set(parseUrlList(readFileSync(publishedFile, 'utf8'))));
}
