// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import publishedUrls from './src/integrations/published-urls.ts';
import redirectPages from './src/integrations/redirect-pages.ts';
import sitemapFile from './src/integrations/sitemap-file.ts';
import sourceTexts from './src/integrations/source-texts.ts';
import { loadRecordRedirects } from './src/lib/record/record-redirects.ts';
import { sitemapFilter } from './src/lib/site/sitemap-pages.ts';

// The site's public address, the one place it is set: canonical links, link previews, feeds, the open data, the
// sitemap and robots.txt all follow it. A council publishing under its own domain builds with SITE_URL=https://….
const site = process.env.SITE_URL || 'https://integration-record.nottinghamshire.example';

// Published URLs are permanent (see published-urls.txt): when a page moves, add "/old/path/": "/new/path/" here.
// Each old address gets a page that forwards the reader (src/integrations/redirect-pages.ts). A cited paper's page
// forwards to the document by itself once the archive holds the paper (src/lib/record/held-redirects.ts), and a
// decision's retelling merged into one entry forwards to that entry (src/lib/record/merged-redirects.ts); both are
// read by loadRecordRedirects.
const root = fileURLToPath(new URL('.', import.meta.url));
const redirects = {
  ...loadRecordRedirects(root),
  // Two background papers of 8 February 2021 item 8 were first read wrongly (an introductory line; a title without its board and date).
  '/documents/undated-item-8-review-of-the-better/': '/documents/2020-07-24-health-and-wellbeing-board-review-of-the-better-care-fund/',
  '/documents/undated-record-of-bcf-reserves-funded-projects/': '/documents/2021-02-08-adult-social-care-and-public-health-committee-item-8/#doc-background-papers',
};

export default defineConfig({
  site,
  trailingSlash: 'always',
  // SITE_OUT_DIR lets a second build (the benchmark, a parallel check) write elsewhere.
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  // Stylesheets always as files: the Content-Security-Policy (style-src 'self') allows no inline <style>.
  // concurrency: with one page at a time, Astro waits for each page's folder and file to be written before rendering
  // the next; at 2,000 reports that waiting was a third of page generation. Four at once overlap the writes with
  // rendering (generation 29–34 s → 22 s, the same bytes; 8 or 16 gained nothing more: docs/scale.md).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  vite: {
    build: {
      // Never inline scripts (or other assets) into pages: the Content-Security-Policy allows no inline script.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro marks each MDX module "use astro:head-inject" and Rolldown warns, once per document, that it may not keep
        // the directive. Harmless (Astro reads it before bundling; withastro/astro#18087), and at 2,000 reports it was
        // 20,000 lines of build log. Every other warning still shows.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
  redirects,
  // optimize: static runs of each document compile to HTML strings (faster builds at scale, docs/scale.md). Every HTML
  // element the document page overrides through components={…} (src/pages/documents/[id].astro) must be listed here,
  // or it silently stops being overridden.
  // Their build:done hooks run in this order. sitemap, then sitemapFile (which renames its index to sitemap.xml); the
  // sitemap lists HTML pages only, never an old address. redirectPages writes the old addresses' pages over Astro's.
  // sourceTexts before publishedUrls: the texts it copies are published URLs too, as is everything written before it.
  integrations: [
    mdx({ optimize: { ignoreElementNames: ['table', 'th', 'td'] } }),
    sitemap({
      filter: sitemapFilter(Object.keys(redirects)),
      namespaces: { news: false, xhtml: false, image: false, video: false },
    }),
    sitemapFile(),
    redirectPages(),
    sourceTexts(),
    publishedUrls(),
  ],
});
