import { expect, test } from 'vitest';
import { decodeEntities, plainText } from './plain-text.ts';

test('plainText drops tags and components and keeps their text', () => {
  expect(plainText('the <a href="/glossary/#stp"><abbr title="Sustainability and Transformation Plan">STP</abbr></a> update<FootnoteRef n="1" /> in July')).toBe(
    'the STP update in July',
  );
});

test('plainText removes Markdown: emphasis, links, code, escapes', () => {
  expect(plainText('**Bold** and *em* and [a link](/x/) and `code` and 3\\* and a\\_b')).toBe('Bold and em and a link and code and 3* and a_b');
});

test('plainText collapses whitespace and decodes character references', () => {
  expect(plainText('  Health &amp; Wellbeing\n\n  Board &#8211; &#x2019;s &nbsp;')).toBe('Health & Wellbeing Board – ’s');
});

test('decodeEntities leaves unknown references alone', () => {
  expect(decodeEntities('&unknown; &lt;p&gt;')).toBe('&unknown; <p>');
});
