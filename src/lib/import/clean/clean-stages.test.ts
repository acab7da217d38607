import { expect, test } from 'vitest';
import { dropFooters } from './clean-footers.ts';
import { mendGlyphs } from './clean-glyphs.ts';
import { unglueLines } from './clean-glued-lines.ts';
import { readBackgroundPaper } from '../structure/extract-background-paper.ts';
import { readContact } from '../structure/extract-contact.ts';
import { classifyLine } from '../structure/classify-line.ts';
import { isLineList } from '../structure/line-list.ts';
import { buildTable } from '../structure/table.ts';

const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

test('drops footers on their own line, glued to a line and inside a row, keeping the pages', () => {
  const { lines: kept, pages } = dropFooters(lines('Page 44 of 102', '¹ https://x.org Page 43 of 102', 'health and social Page 24 of 102', 'a\tb Page 93 of 102\t\tc'));
  expect(kept.map((l) => l.text)).toEqual(['¹ https://x.org', 'health and social', 'a\tb\t\tc']);
  expect(pages).toEqual([24, 93]);
});

test('mends mis-decoded quotes and Cyrillic look-alikes only where certain', () => {
  expect(mendGlyphs('the Alliance‟s „Leadership Board‟')).toBe('the Alliance’s ‘Leadership Board’');
  expect(mendGlyphs('Shift from\tТо')).toBe('Shift from\tTo');
  expect(mendGlyphs('Нealth Сare')).toBe('Health Care');
  expect(mendGlyphs('Привет мир')).toBe('Привет мир');
});

test('pulls apart pieces glued with **', () => {
  expect(unglueLines(lines('Information and Advice**Background****South Nottinghamshire**')).map((l) => l.text)).toEqual(['Information and Advice', '', 'Background', '', 'South Nottinghamshire']);
});

test('reads numbers, points, bullets, rows and resolutions', () => {
  expect(classifyLine('- 2.35. ICS governance')).toMatchObject({ type: 'numbered', n: '2.35' });
  expect(classifyLine(' - a. **Automation:** to')).toMatchObject({ type: 'point', marker: 'a.', indented: true });
  expect(classifyLine('\uF0B7 Elective Care')).toMatchObject({ type: 'bullet', text: 'Elective Care' });
  expect(classifyLine('2016. Around £4.5m')).toMatchObject({ type: 'text' });
  expect(classifyLine('Service User Support\t')).toMatchObject({ type: 'row', cells: ['Service User Support', ''] });
  expect(classifyLine('RESOLVED 2021/002')).toMatchObject({ type: 'resolved', ref: '2021/002' });
});

test('reads a background paper citation', () => {
  expect(readBackgroundPaper('Integration with Health – report to the Adult Social Care & Health Committee on 2nd November 2015.', 0)).toEqual({
    text: 'Integration with Health – report to the Adult Social Care & Health Committee on 2nd November 2015.',
    anchor: 'background-paper-1',
    title: 'Integration with Health',
    body: 'Adult Social Care and Health Committee',
    date: '2015-11-02',
  });
});

test('reads a contact over lines or on one line', () => {
  expect(readContact(['Jane North', 'Programme Transformation Director', 'T: 01159773668', 'E: Jane.north@nottsc.gov.uk'])).toEqual({ name: 'Jane North', role: 'Programme Transformation Director', phone: '01159773668', email: 'Jane.north@nottsc.gov.uk' });
  expect(readContact(['Jennifer Allen Strategic Development Manager T: 0115 9772052', 'E: jennifer.allen@nottscc.gov.uk'])).toMatchObject({ name: 'Jennifer Allen', role: 'Strategic Development Manager', phone: '0115 9772052' });
});

test('joins rows that continue over lines, header cells with a space, body items with a line break', () => {
  const table = buildTable([{ cells: ['Job title', 'Full Time'], line: 1 }, { cells: ['', 'Equivalent'], line: 2 }, { cells: ['Policy', 'Ensures A'], line: 3 }, { cells: ['', 'Ensures B'], line: 4 }], 'x.txt');
  expect(table.children).toHaveLength(2);
  expect(JSON.stringify(table.children[1])).toContain('"name":"br"');
});

test('refuses a table it cannot line up', () => {
  expect(() => buildTable([{ cells: Array.from({ length: 14 }, (_, i) => `c${i}`), line: 7 }], 'x.txt')).toThrowErrorMatchingInlineSnapshot(`[ImportError: x.txt:7: a tab-separated table with 14 columns — check the tabs in this table: a row should have one tab between each cell]`);
});

test('keeps names printed one a line apart, but joins a wrapped sentence', () => {
  expect(isLineList(lines('Tony Harper (Chairman)', 'Boyd Elliott (Vice-Chairman)', 'Francis Purdue-Horan (Vice-Chairman)'))).toBe(true);
  expect(isLineList(lines('Joyce Bosnjak Andy Sissons A', 'Dr. John Doddy A Steve Vickers'))).toBe(true);
  expect(isLineList(lines('The Chairman temporarily lost connection to the', 'Vice-Chairman assumed the Chair.'))).toBe(false);
  expect(isLineList(lines('Councillor Richard Butler for Councillor Dr John Doddy Councillor Stephen Garner for Councillor Andy Sissons'))).toBe(false);
});

test('a closing heading with its answer on the same line is parted from it', () => {
  expect(unglueLines([{ text: 'Electoral Division(s) and Member(s) Affected All.', line: 9 }])).toEqual([
    { text: 'Electoral Division(s) and Member(s) Affected', line: 9 },
    { text: '', line: 9 },
    { text: 'All.', line: 9 },
  ]);
});
