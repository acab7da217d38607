import { expect, test } from 'vitest';
import { atomDate, escapeXml, toAtom } from './atom.ts';

test('escapes markup and drops characters XML cannot carry', () => {
  expect(escapeXml(`<b> & "q" 'a'\u0001`)).toBe('&lt;b&gt; &amp; &quot;q&quot; &apos;a&apos;');
});

test('dates a partial date at the first day it covers', () => {
  expect(atomDate('2017-08')).toBe('2017-08-01T00:00:00Z');
  expect(atomDate('2016')).toBe('2016-01-01T00:00:00Z');
  expect(atomDate('2021-01-11')).toBe('2021-01-11T00:00:00Z');
});

test('writes an Atom feed with ids, links and escaped text', () => {
  const xml = toAtom({
    self: 'https://x.example/feeds/decisions.xml',
    alternate: 'https://x.example/timeline/',
    title: 'Decisions',
    subtitle: 'All of them',
    author: 'The council',
    updated: '2021-01-11T00:00:00Z',
    entries: [{ url: 'https://x.example/decisions/a/', title: 'A & B', updated: '2021-01-11T00:00:00Z', summary: '<none>', categories: ['resolved'] }],
  });
  expect(xml).toMatchInlineSnapshot(`
    "<?xml version="1.0" encoding="utf-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
      <id>https://x.example/feeds/decisions.xml</id>
      <title>Decisions</title>
      <subtitle>All of them</subtitle>
      <link rel="self" type="application/atom+xml" href="https://x.example/feeds/decisions.xml"/>
      <link rel="alternate" type="text/html" href="https://x.example/timeline/"/>
      <author><name>The council</name></author>
      <updated>2021-01-11T00:00:00Z</updated>
      <entry>
        <id>https://x.example/decisions/a/</id>
        <title>A &amp; B</title>
        <link rel="alternate" type="text/html" href="https://x.example/decisions/a/"/>
        <updated>2021-01-11T00:00:00Z</updated>
        <category term="resolved"/>
        <summary type="text">&lt;none&gt;</summary>
      </entry>
    </feed>
    "
  `);
});
