// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://integration-record.nottinghamshire.example',
  trailingSlash: 'always',
  // SITE_OUT_DIR lets a second build (the benchmark, a parallel check) write elsewhere.
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  build: { format: 'directory' },
  integrations: [mdx()],
});
