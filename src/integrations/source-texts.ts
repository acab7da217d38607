import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listSourceNames, publishedSourceName, readSourceFile, SOURCES_DIR } from '../lib/site/source-files.ts';

/**
 * The source file a dev-server request under /sources/ asks for (`url` is the rest of the path, as the middleware sees
 * it): one of `names`, the files the folder holds, or null. Never a path built from the request.
 */
export function requestedSource(url: string, names: readonly string[]): string | null {
  let name: string;
  try {
    name = decodeURIComponent(url.split('?')[0]!.replace(/^\//, ''));
  } catch {
    return null;
  }
  return names.includes(name) ? name : null;
}

/**
 * The council's original texts and PDFs, published byte for byte at /sources/<file> (the provenance every document
 * page links to; a saved web page as text, at /sources/<file>.txt). A build copies the files into the output; the dev server serves them from `sources/`. Copied, not rendered as
 * pages: at 2,000 reports, 2,000 endpoints took a second of page generation to hand back the same bytes.
 */
export default function sourceTexts(): AstroIntegration {
  let sourcesDir = '';
  return {
    name: 'source-texts',
    hooks: {
      'astro:config:done': ({ config }) => {
        sourcesDir = join(fileURLToPath(config.root), SOURCES_DIR);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use('/sources/', (request, response, next) => {
          const names = listSourceNames(sourcesDir);
          const published = requestedSource(request.url ?? '', names.map(publishedSourceName));
          const name = names.find((n) => publishedSourceName(n) === published);
          if (name === undefined) return next();
          response.setHeader('Content-Type', /\.pdf$/i.test(name) ? 'application/pdf' : 'text/plain; charset=utf-8');
          response.end(readSourceFile(name, sourcesDir));
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const to = join(fileURLToPath(dir), SOURCES_DIR);
        const names = listSourceNames(sourcesDir);
        mkdirSync(to, { recursive: true });
        for (const name of names) copyFileSync(join(sourcesDir, name), join(to, publishedSourceName(name)));
        logger.info(`${names.length} source texts copied to /${SOURCES_DIR}/`);
      },
    },
  };
}
