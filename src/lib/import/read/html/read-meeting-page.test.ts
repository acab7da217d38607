import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { decodeSource } from '../read-source.ts';
import { readMeetingPage } from './read-meeting-page.ts';

/** The meeting page the kinds-of-paper golden test imports whole; here its reading alone is checked. */
const PAGE = join(import.meta.dirname, '../../header/__fixtures__/kinds-of-paper/meeting-page-saved-as-html/input.html');
const page = () => decodeSource(readFileSync(PAGE), PAGE);
const texts = () => page().lines.map((l) => l.text).filter((t) => t !== '');

test('a saved meeting page is read as a web page, by the HTML reader', () => {
  const source = page();
  expect(source.format).toBe('html');
  expect(source.file).toBe('input.html');
  expect(source.lines.map((l) => l.line)).toEqual(source.lines.map((_, i) => i + 1));
});

test('the page’s heading, committee, date, venue and items come first, headings in bold', () => {
  const [title, committee, date] = page().lines.filter((l) => l.text !== '');
  expect([title, committee, date]).toEqual([
    { text: 'Agenda and minutes', line: 1, bold: true },
    { text: 'Adult Social Care and Public Health Committee', line: 3, bold: true },
    { text: 'Monday, 11th January, 2021 10.30 am', line: 5, bold: true },
  ]);
  expect(texts()).toContain('Venue: Virtual meeting');
  expect(texts().filter((t) => /^\d+\. /.test(t))).toHaveLength(10);
  expect(texts()).toContain('4. \'Your Health, Your Way\' - Integrated Wellbeing Service Update');
});

test('each item’s minutes and resolutions are kept, a data table’s rows line under line', () => {
  expect(texts().filter((t) => t === 'Minutes:')).toHaveLength(10);
  expect(texts()).toContain('RESOLVED: 2021/001');
  const lines = page().lines;
  const header = lines.findIndex((l) => l.text.startsWith('Job title\t'));
  expect(lines[header + 1]?.text).toBe('\t\tEquivalent\ttemporary');
});

test('the site’s chrome is left out: skip link, header, navigation, search, breadcrumbs, cookie notice, footer, script', () => {
  const all = texts().join('\n');
  for (const chrome of ['Skip to main content', 'Committee papers', 'Calendar', 'Search', 'Meeting: 11/01/2021', 'We use cookies', 'Accessibility', 'Published by', 'mgMeeting']) expect(all).not.toContain(chrome);
});

test('a page with no text outside its navigation is refused', () => {
  expect(() => readMeetingPage('<html><body><nav><a href="/">Home</a></nav></body></html>', 'empty.html', '0'.repeat(64))).toThrow(/^empty\.html: the web page holds no text/);
});
