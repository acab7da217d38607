/**
 * The results list of the search page, drawn from Pagefind's data: for each result its kind, its title (a link),
 * a line with date, committee and item or reference, the excerpt with the matched words marked, and up to three
 * places in the page that matched, each a link to its anchor (#p-12, #recommendation-1).
 */
import { pickSubResults, safeExcerpt } from '../../lib/search/result-parts.ts';
import type { ResultData } from './pagefind-api.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One result as a list item. */
export function resultItem(data: ResultData): HTMLLIElement {
  const url = data.meta['url'] ?? data.url;
  const item = el('li', 'search-result');
  item.append(el('p', 'search-result-kind', data.meta['kind'] ?? ''));
  const heading = el('h3', 'search-result-title');
  const link = el('a', 'search-result-link', data.meta['title'] ?? url);
  link.href = url;
  heading.append(link);
  item.append(heading);
  const parts = [data.meta['date'], data.meta['committee'], data.meta['detail']].filter((p): p is string => Boolean(p));
  if (parts.length > 0) {
    const line = el('p', 'search-result-line');
    for (const part of parts) line.append(el('span', '', part));
    item.append(line);
  }
  if (data.excerpt) {
    const excerpt = el('p', 'search-result-excerpt');
    excerpt.innerHTML = safeExcerpt(data.excerpt);
    item.append(excerpt);
  }
  const subs = pickSubResults(data.url, data.sub_results);
  if (subs.length > 0) {
    const list = el('ul', 'search-result-subs');
    for (const sub of subs) {
      const li = el('li', 'search-result-sub');
      const a = el('a', 'search-result-sub-link', sub.title);
      a.href = sub.url;
      const excerpt = el('span', 'search-result-sub-excerpt');
      excerpt.innerHTML = safeExcerpt(sub.excerpt);
      li.append(a, ' ', excerpt);
      list.append(li);
    }
    item.append(list);
  }
  return item;
}
