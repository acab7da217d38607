/** The file that lists every URL the site has ever published, one a line; committed, and written by each build. */
export const PUBLISHED_URLS_FILE = 'published-urls.txt';

export const PUBLISHED_URLS_HEADER = [
  '# Every URL this site has published. URLs are permanent: the build fails if one of these vanishes',
  '# without a redirect in astro.config.mjs `redirects`. After a build that adds pages, record them with',
  '#   npm run urls:accept',
  '# and commit this file. Never delete a line: redirect the URL instead.',
];

/** Output files that are not published URLs: hashed assets, the search index, and the list itself. */
const NOT_PUBLISHED = /^(_astro\/|pagefind\/|published-urls\.txt$|404\.html$)/;
const DATA_FILE = /\.(json|xml|csv|txt)$/;

/** The published URLs among a build's output files (paths relative to the output folder, with forward slashes). */
export function urlsFromFiles(files: readonly string[]): string[] {
  const urls = new Set<string>();
  for (const file of files) {
    if (NOT_PUBLISHED.test(file)) continue;
    if (file === 'index.html') urls.add('/');
    else if (file.endsWith('/index.html')) urls.add(`/${file.slice(0, -'index.html'.length)}`);
    else if (file.endsWith('.html') || DATA_FILE.test(file)) urls.add(`/${file}`);
  }
  return [...urls].sort();
}

/** The URLs in a list file: one a line; blank lines and # comments ignored. */
export function parseUrlList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** A list file: the header, then the URLs sorted and unique. */
export function formatUrlList(urls: Iterable<string>): string {
  return [...PUBLISHED_URLS_HEADER, ...[...new Set(urls)].sort()].join('\n') + '\n';
}

/** A redirect source as a URL of the list: with a leading and a trailing slash. */
function normalise(path: string): string {
  const withLead = path.startsWith('/') ? path : `/${path}`;
  return /\.[a-z0-9]+$/i.test(withLead) || withLead.endsWith('/') ? withLead : `${withLead}/`;
}

export interface UrlChanges {
  /** Published before, not built now, and not redirected: these fail the build. */
  vanished: string[];
  /** Built now, not yet in the committed list. */
  added: string[];
}

/** Compare the committed list with this build's URLs, allowing for redirects. */
export function compareUrls(committed: readonly string[], current: readonly string[], redirects: Iterable<string>): UrlChanges {
  const now = new Set(current);
  const redirected = new Set([...redirects].map(normalise));
  const before = new Set(committed);
  return {
    vanished: committed.filter((url) => !now.has(url) && !redirected.has(url)),
    added: current.filter((url) => !before.has(url)),
  };
}
