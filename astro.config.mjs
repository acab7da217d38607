// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import publishedUrls from './src/integrations/published-urls.ts';

export default defineConfig({
  site: 'https://integration-record.nottinghamshire.example',
  trailingSlash: 'always',
  // SITE_OUT_DIR lets a second build (the benchmark, a parallel check) write elsewhere.
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  // Stylesheets always as files: the Content-Security-Policy (style-src 'self') allows no inline <style>.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Never inline scripts (or other assets) into pages: the Content-Security-Policy allows no inline script.
  vite: { build: { assetsInlineLimit: 0 } },
  // Published URLs are permanent (see published-urls.txt): when a page moves, add "/old/path/": "/new/path/" here.
  redirects: {},
  integrations: [mdx(), publishedUrls()],
});
