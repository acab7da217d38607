/** An old address as the sitemap writes it: with a trailing slash. */
function withSlash(path: string): string {
  return path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`;
}

/**
 * Whether a URL belongs in the sitemap: an HTML page (with `trailingSlash: 'always'`, its path ends in a slash, so
 * /api/*.json, feeds, /sources/ files and /404.html do not) that is not an old address left for a redirect.
 */
export function isSitemapPage(url: string, redirectSources: Iterable<string>): boolean {
  return sitemapFilter(redirectSources)(url);
}

/** isSitemapPage as a filter for @astrojs/sitemap, the old addresses normalised once rather than for every page. */
export function sitemapFilter(redirectSources: Iterable<string>): (url: string) => boolean {
  const moved = new Set([...redirectSources].map(withSlash));
  return (url) => {
    const { pathname } = new URL(url);
    return pathname.endsWith('/') && !moved.has(pathname);
  };
}
