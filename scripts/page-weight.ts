/**
 * What a page makes a reader download: its HTML, the CSS and the JS it loads up front, raw and gzipped.
 * Lazily loaded code (Pagefind's search, loaded on a first query) is not counted here.
 */
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export interface Weight {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  html: Weight;
  css: Weight;
  js: Weight;
}

/** The byte size of some content, raw and gzipped (level 9, as a static host would serve it). */
export function weigh(content: string | Buffer): Weight {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  return { raw: bytes.length, gzip: bytes.length === 0 ? 0 : gzipSync(bytes, { level: 9 }).length };
}

function add(a: Weight, b: Weight): Weight {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip };
}

/**
 * The weight of one page. `read` returns a same-site asset's content by its URL path, or null for other hosts.
 * Each asset counts once per page, however often it is referenced.
 */
export function pageWeight(html: string, read: (path: string) => Buffer | null): PageWeight {
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: true } });
  const none: Weight = { raw: 0, gzip: 0 };
  let css = none;
  let js = none;
  const seen = new Set<string>();
  const asset = (href: string | undefined) => {
    if (!href || seen.has(href)) return null;
    seen.add(href);
    return read(href);
  };
  for (const link of root.querySelectorAll('link[href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const content = rel.includes('stylesheet') || (rel.includes('preload') && link.getAttribute('as') === 'style')
      ? asset(link.getAttribute('href'))
      : null;
    if (content) css = add(css, weigh(content));
    const script = rel.includes('modulepreload') || (rel.includes('preload') && link.getAttribute('as') === 'script') ? asset(link.getAttribute('href')) : null;
    if (script) js = add(js, weigh(script));
  }
  for (const style of root.querySelectorAll('style')) css = add(css, weigh(style.text));
  for (const script of root.querySelectorAll('script')) {
    const content = script.hasAttribute('src') ? asset(script.getAttribute('src')) : null;
    if (content) js = add(js, weigh(content));
    else if (!script.hasAttribute('src') && !/json/.test(script.getAttribute('type') ?? '')) js = add(js, weigh(script.text));
  }
  return { html: weigh(html), css, js };
}
