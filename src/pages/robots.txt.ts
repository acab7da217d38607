import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/site/robots-txt.ts';
import { SITEMAP_FILE } from '../integrations/sitemap-file.ts';

/** /robots.txt, made at build time so that the sitemap's address follows the site's (SITE_URL, astro.config.mjs). */
export const GET: APIRoute = ({ site }) => {
  if (site === undefined) throw new Error('astro.config.mjs must set `site` for the sitemap address in robots.txt');
  return new Response(robotsTxt(site, `/${SITEMAP_FILE}`), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
