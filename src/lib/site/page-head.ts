import { decodeEntities } from '../share/plain-text.ts';

/** What a built page's head says of it: its own title (og:title) and the stylesheets it loads. */
export function readPageHead(html: string): { title: string | null; stylesheets: string[] } {
  const end = html.search(/<\/head>/i);
  const head = end === -1 ? html : html.slice(0, end);
  const title = /<meta property="og:title" content="([^"]*)"/.exec(head)?.[1];
  const stylesheets = [...head.matchAll(/<link\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((tag) => /\brel="stylesheet"/.test(tag))
    .map((tag) => decodeEntities(/\bhref="([^"]*)"/.exec(tag)?.[1] ?? ''))
    .filter((href) => href !== '');
  return { title: title === undefined || title === '' ? null : decodeEntities(title), stylesheets };
}
