import type { SourceLine } from '../types.ts';

/** One item of a meeting's agenda: its number, its title, and the pages of the pack it takes, where printed. */
export interface AgendaItem {
  n: string;
  title: string;
  pages: [number, number] | null;
}

/** "4\tDigital Strategy\t7 - 18", "4. Digital Strategy", "4 Digital Strategy 7 - 18": number, title, pages. */
const ITEM = /^(\d{1,2}[a-z]?)\.?[\t ]+(\S.*)$/u;
/** Pages after a tab, or after a space with spaces round the dash ("3 - 8"; "2021-2024" is a title's years). */
const PAGES = /(?:\t\s*(\d{1,4})\s*[-–]\s*(\d{1,4})|[\t ]+(\d{1,4})\s+[-–]\s+(\d{1,4}))\s*$/u;
const MONTH_AHEAD = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+\d{4}\b/i;
/** A title ends as a title does, not as a sentence or a list's line. */
const SENTENCE_END = /[.;,]$/u;

/** The number that follows another: "4" after "3"; "4a" and "5" after "4". */
function follows(n: string, previous: string | null): boolean {
  if (previous === null) return /^\d+$/.test(n);
  const prev = Number.parseInt(previous, 10);
  const here = Number.parseInt(n, 10);
  return here === prev + 1 || (here === prev && /[a-z]$/.test(n) && n > previous);
}

/** An item from its text ("4 Digital Strategy 7 - 18"), with its pages read off the end. */
function itemOf(n: string, text: string): AgendaItem {
  const pages = PAGES.exec(text);
  const title = (pages ? text.slice(0, pages.index) : text).replace(/\s+/g, ' ').trim();
  const from = Number(pages?.[1] ?? pages?.[3]);
  const to = Number(pages?.[2] ?? pages?.[4]);
  return { n, title, pages: pages && from <= to ? [from, to] : null };
}

/** Whether a line is the next item of an agenda, given the number of the one before; its number and text when it is. */
export function matchAgendaItem(raw: string, previous: string | null): { n: string; text: string } | null {
  // Markup out, but tabs kept: they set the pages apart.
  const match = ITEM.exec(raw.replace(/<\/?[a-z]+>/gi, '').replace(/\*+/g, '').replace(/ {2,}/g, ' ').trim());
  const n = match?.[1];
  const text = match?.[2]?.trim();
  if (!n || !text || !follows(n, previous) || SENTENCE_END.test(text) || MONTH_AHEAD.test(text)) return null;
  return { n, text };
}

/** The items of an agenda among its lines: each the next in number, in order (the lines between are not items). */
export function readAgendaItems(lines: readonly SourceLine[]): AgendaItem[] {
  const items: AgendaItem[] = [];
  for (const line of lines) {
    const item = matchAgendaItem(line.text, items.at(-1)?.n ?? null);
    if (item) items.push(itemOf(item.n, item.text));
  }
  return items;
}

/** The items of an agenda printed on one line: "1 Minutes of the last meeting … 3 - 8 2 Apologies for Absence 3 …". */
export function splitRunOnItems(text: string): AgendaItem[] {
  const first = /^\s*1\.?\s+/u.exec(text);
  if (!first) return [];
  const items: AgendaItem[] = [];
  let n = '1';
  let from = first[0].length;
  for (;;) {
    const next = String(Number(n) + 1);
    const pattern = new RegExp(String.raw`(?<![-–]\s*)\s${next}\.?\s+(?=[\p{Lu}'‘"(])`, 'gu');
    pattern.lastIndex = from;
    let match = pattern.exec(text);
    while (match && MONTH_AHEAD.test(text.slice(match.index + match[0].length))) match = pattern.exec(text);
    items.push(itemOf(n, text.slice(from, match ? match.index : text.length)));
    if (!match) return items;
    n = next;
    from = match.index + match[0].length;
  }
}
