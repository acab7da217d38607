import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listSourceNames, readSourceFile, SOURCES_DIR } from '../lib/site/source-files.ts';

/**
 * The council's original texts, published byte for byte at /sources/<file> (the provenance every document page links
 * to). A build copies the files into the output; the dev server serves them from `sources/`. Copied, not rendered as
 * pages: at 2,000 reports, 2,000 endpoints took a second of page generation to hand back the same bytes.
 */
export default function sourceTexts(): AstroIntegration {
  let root = '';
  return {
    name: 'source-texts',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use('/sources/', (request, response, next) => {
          const name = decodeURIComponent((request.url ?? '').split('?')[0]!.replace(/^\//, ''));
          // Only a file the folder lists: never a path built from the request.
          if (!listSourceNames(join(root, SOURCES_DIR)).includes(name)) return next();
          response.setHeader('Content-Type', 'text/plain; charset=utf-8');
          response.end(readSourceFile(name, join(root, SOURCES_DIR)));
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const from = join(root, SOURCES_DIR);
        const to = join(fileURLToPath(dir), SOURCES_DIR);
        const names = listSourceNames(from);
        mkdirSync(to, { recursive: true });
        for (const name of names) copyFileSync(join(from, name), join(to, name));
        logger.info(`${names.length} source texts copied to /${SOURCES_DIR}/`);
      },
    },
  };
}
