/** The site's robots.txt: every page open to crawlers, and where the sitemap is, in full on the site's own address. */
export function robotsTxt(site: URL, sitemapPath: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${new URL(sitemapPath, site).href}`, ''].join('\n');
}
