import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where the site's sitemap is published, and robots.txt says it is. */
export const SITEMAP_FILE = 'sitemap.xml';
/** What @astrojs/sitemap names it: an index of its sitemap-0.xml, sitemap-1.xml… (45,000 pages each). */
const SITEMAP_INDEX = 'sitemap-index.xml';

/**
 * Publish @astrojs/sitemap's index as /sitemap.xml, the name crawlers look for first (the integration has no option
 * for the name). Listed after it in astro.config.mjs, so that its build:done hook has run.
 */
export default function sitemapFile(): AstroIntegration {
  return {
    name: 'sitemap-file',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        if (!existsSync(join(outDir, SITEMAP_INDEX))) throw new Error(`${SITEMAP_INDEX} was not written: @astrojs/sitemap must come before sitemap-file in astro.config.mjs`);
        renameSync(join(outDir, SITEMAP_INDEX), join(outDir, SITEMAP_FILE));
        logger.info(`${SITEMAP_INDEX} published as /${SITEMAP_FILE}`);
      },
    },
  };
}
