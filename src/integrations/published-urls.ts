import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { compareUrls, formatUrlList, parseUrlList, PUBLISHED_URLS_FILE, urlsFromFiles } from '../lib/record/published-urls.ts';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/**
 * Permanence: after each build, write the list of published URLs to the output folder, compare it with the
 * committed `published-urls.txt`, and fail the build if a URL published before has vanished without a redirect.
 * New URLs are recorded with `npm run urls:accept`. Set PUBLISHED_URLS_CHECK=off only for builds of other
 * content (the benchmark's synthetic archive), never for the site itself.
 */
export default function publishedUrls(): AstroIntegration {
  let root = '';
  let redirects: string[] = [];
  return {
    name: 'published-urls',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        redirects = Object.keys(config.redirects);
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const current = urlsFromFiles(listFiles(outDir));
        writeFileSync(join(outDir, PUBLISHED_URLS_FILE), formatUrlList(current));
        if (process.env['PUBLISHED_URLS_CHECK'] === 'off') {
          logger.warn('PUBLISHED_URLS_CHECK=off: published URLs not compared with the committed list');
          return;
        }
        const committedFile = join(root, PUBLISHED_URLS_FILE);
        if (!existsSync(committedFile)) {
          logger.warn(`No committed ${PUBLISHED_URLS_FILE}: run \`npm run urls:accept\` and commit it`);
          return;
        }
        const { vanished, added } = compareUrls(parseUrlList(readFileSync(committedFile, 'utf8')), current, redirects);
        if (added.length > 0) {
          logger.info(`${added.length} new URL(s) not yet in ${PUBLISHED_URLS_FILE}; record them with \`npm run urls:accept\`:\n  ${added.slice(0, 20).join('\n  ')}${added.length > 20 ? '\n  …' : ''}`);
        }
        if (vanished.length > 0) {
          throw new Error(
            `${vanished.length} published URL(s) vanished from this build without a redirect:\n  ${vanished.join('\n  ')}\n` +
              'Published URLs are permanent. Restore the page, or add a redirect for each in astro.config.mjs `redirects` ' +
              '(e.g. "/documents/old-id/": "/documents/new-id/").',
          );
        }
        logger.info(`All ${current.length} published URLs present (${PUBLISHED_URLS_FILE})`);
      },
    },
  };
}
