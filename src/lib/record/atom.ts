/** Escape text for XML character data and attribute values, dropping characters XML 1.0 cannot carry. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

export interface AtomEntry {
  /** Absolute URL; also the entry's id. */
  url: string;
  title: string;
  /** RFC 3339 date-time. */
  updated: string;
  summary: string;
  categories: readonly string[];
}

export interface AtomFeed {
  /** Absolute URL of the feed itself. */
  self: string;
  /** Absolute URL of the page the feed mirrors. */
  alternate: string;
  title: string;
  subtitle: string;
  author: string;
  updated: string;
  entries: readonly AtomEntry[];
}

/** A partial date (YYYY, YYYY-MM or YYYY-MM-DD) as the RFC 3339 date-time Atom needs: the first day it covers, at midnight UTC. */
export function atomDate(date: string): string {
  const [y, m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}T00:00:00Z`;
}

/** An Atom 1.0 document (RFC 4287), escaped by construction. */
export function toAtom(feed: AtomFeed): string {
  const e = escapeXml;
  const entries = feed.entries.map(
    (entry) =>
      [
        '  <entry>',
        `    <id>${e(entry.url)}</id>`,
        `    <title>${e(entry.title)}</title>`,
        `    <link rel="alternate" type="text/html" href="${e(entry.url)}"/>`,
        `    <updated>${e(entry.updated)}</updated>`,
        ...entry.categories.map((c) => `    <category term="${e(c)}"/>`),
        `    <summary type="text">${e(entry.summary)}</summary>`,
        '  </entry>',
      ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
    `  <id>${e(feed.self)}</id>`,
    `  <title>${e(feed.title)}</title>`,
    `  <subtitle>${e(feed.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${e(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${e(feed.alternate)}"/>`,
    `  <author><name>${e(feed.author)}</name></author>`,
    `  <updated>${e(feed.updated)}</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
