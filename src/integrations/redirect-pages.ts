import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readPageHead } from '../lib/site/page-head.ts';
import { redirectPageHtml, type Redirect } from '../lib/site/redirect-page.ts';

/** astro.config.mjs `redirects` as a list: each entry is a path, or `{ status, destination }`. */
export function redirectList(redirects: Record<string, string | { destination: string }>): Redirect[] {
  return Object.entries(redirects).map(([from, to]) => {
    if (/[[\]]/.test(from)) throw new Error(`redirects: "${from}" has a parameter; a static site needs one entry per old address`);
    return { from, to: typeof to === 'string' ? to : to.destination };
  });
}

/** The file a URL path is served from in a `build.format: 'directory'` site: `/a/b/` → `a/b/index.html`. */
export function builtFile(path: string): string {
  const rel = decodeURIComponent(path.split('#')[0]!).replace(/^\/+/, '');
  return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
}

/**
 * Write the page of each old address into a built site (`outDir`), over any page Astro left there: one call for
 * every redirect, whatever its origin (astro.config.mjs `redirects`, or those the importer records). Each names the
 * title of the page it leads to, read from the built page. Returns the files written.
 */
export function writeRedirectPages(outDir: string, redirects: readonly Redirect[], site: URL): string[] {
  return redirects.map((redirect) => {
    const targetFile = join(outDir, builtFile(new URL(redirect.to, site).pathname));
    const target = existsSync(targetFile) ? readPageHead(readFileSync(targetFile, 'utf8')) : { title: null, stylesheets: [] };
    const file = join(outDir, builtFile(redirect.from));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, redirectPageHtml(redirect, site, target));
    return file;
  });
}

/**
 * The pages of the site's old addresses (astro.config.mjs `redirects`), written after the build in place of Astro's
 * own, which the Nu HTML Checker rejects and which say nothing in plain words. The dev server still redirects with
 * Astro's.
 */
export default function redirectPages(): AstroIntegration {
  let redirects: Redirect[] = [];
  let site: URL | undefined;
  return {
    name: 'redirect-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        redirects = redirectList(config.redirects);
        site = config.site === undefined ? undefined : new URL(config.site);
      },
      'astro:build:done': ({ dir, logger }) => {
        if (redirects.length === 0) return;
        if (site === undefined) throw new Error('astro.config.mjs must set `site`: a redirect page names the new address in full');
        writeRedirectPages(fileURLToPath(dir), redirects, site);
        logger.info(`${redirects.length} redirect page(s) written for old addresses`);
      },
    },
  };
}
