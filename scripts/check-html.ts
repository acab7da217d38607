/**
 * The Nu HTML Checker (vnu-jar) finds no errors on any page of the built site.
 *
 *   npx tsx scripts/check-html.ts [DIR]     DIR defaults to $SITE_DIR, $SITE_OUT_DIR or dist
 *
 * One java run checks the whole folder (the checker takes seconds to start). Errors are grouped by message,
 * each with the pages and lines where it stands, so that one template fault does not print a thousand lines.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { JAVA_NOT_FOUND } from './find-java.ts';
import { htmlPages, siteDir, siteFiles, urlForFile } from './site-files.ts';

export const VNU_JAR = 'node_modules/vnu-jar/build/dist/vnu.jar';

/** One message of the checker's JSON report (the fields we use). */
export interface VnuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

/** One error, placed at a URL path of the site and a line of its file. */
export interface HtmlError {
  page: string;
  line: number | null;
  message: string;
  extract: string;
}

/** The errors in the checker's JSON report, with each file named by the URL path it is served at. */
export function parseVnuReport(json: string, dir: string): HtmlError[] {
  const report = JSON.parse(json) as { messages: VnuMessage[] };
  const root = resolve(dir);
  return report.messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => {
      const file = m.url?.startsWith('file:') ? relative(root, fileURLToPath(m.url)).split('\\').join('/') : (m.url ?? '(unknown)');
      return { page: urlForFile(file), line: m.lastLine ?? null, message: m.message, extract: (m.extract ?? '').replace(/\s+/g, ' ').trim() };
    });
}

/** Errors grouped by message, most frequent first, each with up to `shown` places; the lines the CLI prints. */
export function formatHtmlErrors(errors: readonly HtmlError[], shown = 5): string[] {
  const groups = new Map<string, HtmlError[]>();
  for (const error of errors) groups.set(error.message, [...(groups.get(error.message) ?? []), error]);
  const lines: string[] = [];
  for (const [message, group] of [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
    const pages = new Set(group.map((e) => e.page));
    lines.push(`✗ ${message} (${group.length} time${group.length === 1 ? '' : 's'} on ${pages.size} page${pages.size === 1 ? '' : 's'})`);
    for (const e of group.slice(0, shown)) lines.push(`    ${e.page}${e.line === null ? '' : `:${e.line}`}${e.extract ? `  ${e.extract}` : ''}`);
    if (group.length > shown) lines.push(`    … and ${group.length - shown} more`);
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? siteDir();
  // Every HTML file, the pages of old addresses (redirect stubs) too: readers who follow an old link land on them.
  const pages = existsSync(dir) ? htmlPages(siteFiles(dir)) : [];
  if (pages.length === 0) {
    console.error(`${dir}: no HTML pages — build the site first (npm run build)`);
    process.exit(1);
  }
  if (!existsSync(VNU_JAR)) {
    console.error(`${VNU_JAR}: not found — run npm ci (the vnu-jar package ships the Nu HTML Checker)`);
    process.exit(1);
  }
  const run = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--skip-non-html', dir], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error) {
    console.error(`java: ${run.error.message} — ${JAVA_NOT_FOUND}`);
    process.exit(1);
  }
  const json = [run.stderr, run.stdout].find((out) => out.trimStart().startsWith('{'));
  if (json === undefined) {
    console.error(`The Nu HTML Checker printed no report (exit ${run.status}):\n${run.stderr}${run.stdout}`);
    process.exit(1);
  }
  const errors = parseVnuReport(json, dir);
  for (const line of formatHtmlErrors(errors)) console.log(line);
  const failing = new Set(errors.map((e) => e.page)).size;
  console.log(`Nu HTML Checker: ${pages.length} pages checked, ${errors.length === 0 ? 'no errors' : `${errors.length} errors on ${failing} pages`}.`);
  process.exit(errors.length === 0 ? 0 : 1);
}
