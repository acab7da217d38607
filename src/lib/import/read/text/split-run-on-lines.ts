import type { SourceLine } from '../../types.ts';
import { authorPhraseEnd } from './author-phrase.ts';
import { readsAsCells } from './reads-as-cells.ts';

/** A text whose lines are this long at the median holds a page a line (a printed line is under 120 characters, a page thousands). */
const PAGE_LINE = 600;

/** The council's standard headings, as printed, that a page run onto one line still shows. */
const HEADINGS = [
  String.raw`Purpose of (?:the|this) Report`,
  String.raw`Information and Advice`,
  String.raw`Other Options Considered`,
  String.raw`Reasons?(?:\/s)? for Recommendations?(?:\/s)?`,
  String.raw`Statutory and Policy Implications`,
  String.raw`RECOMMENDATIONS?(?:\/S|\(S\))?`,
  String.raw`Recommendations?(?:\/s|\(s\))?(?=\s+(?:That|It is recommended|\d\)|1\.))`,
  String.raw`Background Papers(?: and Published Documents)?`,
  String.raw`Electoral Divisions?(?:\(s\))? and Members?(?:\(s\))? Affected`,
  // Followed by the initials and date, a colon or the paragraph: "no Constitutional Comments are required" is prose.
  String.raw`(?:Constitutional|Financial|Finance|HR|Legal) [Cc]omments?:?(?=\s*(?:\(|\d{1,3}\.\s))`,
  String.raw`(?:Financial|Human Resources|Legal|Crime and Disorder) Implications`,
  String.raw`Implications for Service Users`,
];
const HEADING = new RegExp(String.raw`(?<=^|[\s.:;!?)*])(?:${HEADINGS.join('|')})(?:\s*\([^)]{1,40}\))?(?=[\s*]|$)`, 'gu');

/** Where a part begins, wherever it stands in the page: a header line, a resolution, a bullet glyph. */
const STARTS = [
  /\bReport to (?:the )?(?=\p{Lu})/gu,
  /\b(?:Agenda Item|AGENDA ITEM)\b/g,
  // An agenda's committee, date and venue run together: "… Committee Monday, 08 February 2021 at 10:30 Virtual meeting".
  /(?<=\bCommittee\s+)(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+\d{1,2}/g,
  /(?<=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}+,?\s+\d{4},?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s+)\S/gu,
  /\bREPORT OF\b/g,
  /\bRESOLVED:?\s+\d{4}\/\d+/g,
  /\bminutes(?=\s+Meeting\s)/g,
  /\bMeeting\s+(?=[\p{Lu}][\p{Lu} ,&'-]+COMMITTEE\b)/gu,
  /\bDate\s+(?=\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}+\s+\d{4})/gu,
  /\bAGENDA\b/g,
  // The signature and contact block under a report's recommendations.
  /\bFor any enquiries about this report\b/g,
  /\bCouncillor\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s+Chair(?:man)?\b)/gu,
  /(?<=\bCouncillor\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s+)Chair(?:man)?\b/gu,
  /(?<=[.:]\s+)\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s+(?=(?:Corporate|Service)\s+Director\b)/gu,
  /(?<=[.:]\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s+)(?:Corporate|Service)\s+Director\b/gu,
  /[\uF0B7•▪◦]/gu,
  // A markdown dash or a lettered point after a finished clause: "… as follows: - item", "That: a) notes …"
  /(?<=[.:;!?)]\s+)(?:-\s|\(?[a-z]\)\s|\([ivx]{1,4}\)\s)/gu,
];
/** A paragraph number: "12. The …"; taken only in sequence, and never after "paragraph", "item" and the like. */
const NUMBER = /(?<=^|\s)(\d{1,3})\.\s+(?=["'‘“(]?[\p{Lu}\d])/gu;
/** A recommendation's or resolution's number: "1) notes …", "- 2) approves …"; also taken only in sequence. */
const POINT_NUMBER = /(?<=^|\s)(?:-\s+)?(\d{1,2})\)\s+(?=\S)/gu;
const NOT_AFTER = /\b(?:paragraphs?|paras?|sections?|items?|appendix|appendices|pages?|and|to|of|at|in|no|number)\s*$/i;
const FOOTER = /^Page \d+ of \d+$/;
/** A report's reference standing alone ("ASCH393", "ASCPH746 PDMv3"): its own line in the printed report. */
const REFERENCE = /(?<=^|\s)[A-Z]{3,}[A-Z&]*\d{2,}[A-Z]?(?:\s+[A-Z]{2,}v\d+)?(?=\s|$)/g;
/** Words in capitals ("UPDATE", "MID-NOTTINGHAMSHIRE", "2021/22", "–"): a title's or a heading's. */
const CAPITAL_WORD = /^(?=.*\p{Lu})[^\p{Ll}]+$|^[^\p{L}]+$/u;

/** An agenda item's number before its title: "2 Apologies for Absence", "4\tAdult Social Care …". */
const AGENDA_ITEM = /(?<=^|\s)(\d{1,2})\s+(?=\p{Lu})/gu;

/** A part of a text, and where in the text it starts. */
interface Part {
  at: number;
  text: string;
}

/** A text cut at the given places (offset by `from`), each part trimmed, empty parts left out. */
function cutAt(text: string, cuts: readonly number[], from = 0): Part[] {
  const sorted = [...new Set([0, ...cuts])].sort((a, b) => a - b);
  return sorted.map((at, k) => ({ at: from + at, text: text.slice(at, sorted[k + 1] ?? text.length).trim() })).filter((part) => part.text !== '');
}

/** Whether a text holds a whole page a line: at the median, its lines are far longer than any printed line. */
export function isPagePerLine(lines: readonly SourceLine[]): boolean {
  const lengths = lines.map((l) => l.text.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  return lengths.length > 0 && (lengths[Math.floor(lengths.length / 2)] ?? 0) > PAGE_LINE;
}

/** Where a run of capitals ends and lower case begins (a title, a minutes item's heading), and where its author ends. */
function capitalRunCuts(text: string): number[] {
  const cuts: number[] = [];
  const words = [...text.matchAll(/\S+/g)];
  let start = -1;
  let end = -1;
  let letters = 0;
  for (const [k, word] of words.entries()) {
    const bare = word[0].replace(/<\/?[a-z]+>/g, '');
    if (CAPITAL_WORD.test(bare) && (start !== -1 || /\p{Lu}/u.test(bare))) {
      // A run opens on a word in capitals, with the number printed before it ("4. CONTAIN OUTBREAK …").
      if (start === -1) start = /^\d{1,3}\.$/.test(words[k - 1]?.[0] ?? '') ? k - 1 : k;
      if (/\p{Lu}{2}/u.test(bare)) letters++;
      if (/[\p{L}\d]/u.test(bare)) end = k;
      continue;
    }
    // "Meeting ADULT SOCIAL CARE … COMMITTEE" is one header line: the run stays with the word before it.
    if (start !== -1 && letters >= 3) {
      const from = words[start]?.index ?? 0;
      const to = (words[end]?.index ?? 0) + (words[end]?.[0].length ?? 0);
      if (!/^Meeting$/.test(words[start - 1]?.[0] ?? '')) cuts.push(from);
      cuts.push(to);
      const author = authorPhraseEnd(text.slice(from, to));
      if (author !== null && from + author < to - 1) cuts.push(from + author);
    }
    start = -1;
    letters = 0;
  }
  return cuts;
}

/** The paragraph numbers that run in sequence from 1 (again from 1 after each report's header). */
function numberCuts(text: string, restarts: readonly number[], pattern: RegExp): number[] {
  const cuts: number[] = [];
  let last = 0;
  let previous = -1;
  for (const match of text.matchAll(pattern)) {
    if (restarts.some((r) => r > previous && r < match.index)) last = 0;
    previous = match.index;
    const n = Number(match[1]);
    if (n === last + 1 && !NOT_AFTER.test(text.slice(Math.max(0, match.index - 30), match.index))) {
      cuts.push(match.index);
      last = n;
    }
  }
  return cuts;
}

/**
 * Cut pages run onto lines (joined by "\n", so numbering runs on from page to page) into their parts: header lines,
 * headings, titles, numbered paragraphs, points. No part runs over a page's end.
 */
export function cutPages(pages: string): Part[] {
  // Bold runs glued end to start ("…2017****Agenda Item: 4**") are two runs: a space between them keeps them apart.
  const text = pages.replace(/\t+/g, ' ').replace(/ {2,}/g, ' ').replace(/(?<=\S)\*\*\*\*(?=\S)/g, '** **');
  const cuts = new Set<number>([0]);
  const restarts: number[] = [];
  for (const newline of text.matchAll(/\n/g)) cuts.add(newline.index + 1);
  for (const re of STARTS) {
    for (const match of text.matchAll(re)) {
      cuts.add(match.index);
      if (/^Report to/.test(match[0])) restarts.push(match.index);
    }
  }
  for (const match of text.matchAll(HEADING)) {
    cuts.add(match.index);
    cuts.add(match.index + match[0].length);
  }
  for (const cut of [...capitalRunCuts(text), ...numberCuts(text, restarts, NUMBER), ...numberCuts(text, restarts, POINT_NUMBER)]) cuts.add(cut);
  for (const glue of text.matchAll(/(?<=\S)\*\* \*\*(?=\S)/g)) cuts.add(glue.index + 3);
  for (const footer of text.matchAll(/\bPage \d+ of \d+\b/g)) {
    cuts.add(footer.index);
    cuts.add(footer.index + footer[0].length);
  }
  for (const reference of text.matchAll(REFERENCE)) {
    cuts.add(reference.index);
    cuts.add(reference.index + reference[0].length);
  }
  // A cut just after an opening `**` moves before it, so the bold run stays whole.
  const sorted = [...new Set([...cuts].map((at) => (text.slice(at - 2, at) === '**' && /\S/u.test(text[at] ?? '') && !/\S/u.test(text[at - 3] ?? ' ') ? at - 2 : at)))].sort((a, b) => a - b);
  const parts = cutAt(text, [...sorted, ...agendaItemCuts(text)]).flatMap(tableAfterColon);
  // A closing `**` cut off its run goes back to it.
  const joined = parts.reduce<Part[]>((kept, part) => {
    const last = kept.at(-1);
    if (/^\*+$/.test(part.text) && last) last.text += part.text;
    else kept.push(part);
    return kept;
  }, []);
  return footersLast(joined, text);
}

/** An agenda's items, numbered in sequence from "AGENDA" to its notes: "1 Minutes of the last meeting … 1 - 6 2 Apologies for Absence …". */
function agendaItemCuts(text: string): number[] {
  const start = /\bAGENDA\b/.exec(text);
  if (!start) return [];
  const rest = text.slice(start.index);
  const end = /\bNotes\b|\bminutes\s+Meeting\b|\bReport to\b/.exec(rest.slice(6))?.index;
  const agenda = rest.slice(0, end === undefined ? rest.length : end + 6);
  return numberCuts(agenda, [], AGENDA_ITEM).map((at) => start.index + at);
}

/** A recommendation that introduces a table ("the following post: Post Title FTE Grade …"), cut where the table's cells begin. */
function tableAfterColon(part: Part): Part[] {
  const colon = /:\s+/.exec(part.text);
  if (!colon || !readsAsCells(part.text.slice(colon.index + colon[0].length))) return [part];
  const cut = colon.index + colon[0].length;
  return [{ at: part.at, text: part.text.slice(0, cut).trim() }, { at: part.at + cut, text: part.text.slice(cut).trim() }];
}

/** A page's footer drawn first ("Page 34 of 83 Integrating care …") put last on its page, where it ends the page's text. */
function footersLast(parts: readonly Part[], text: string): Part[] {
  const out: Part[] = [];
  let page: Part[] = [];
  let footer: Part | null = null;
  const flush = () => {
    out.push(...page, ...(footer ? [footer] : []));
    page = [];
    footer = null;
  };
  for (const part of parts) {
    if (part.at > 0 && text[part.at - 1] === '\n') flush();
    if (page.length === 0 && footer === null && FOOTER.test(part.text)) footer = part;
    else page.push(part);
  }
  flush();
  return out;
}

/**
 * A text with a whole page a line (as several PDF-to-text tools and sites give it) cut into its parts, a blank line
 * between them, each part keeping its page's line number. Any other text comes back as it is.
 */
export function splitRunOnLines(lines: readonly SourceLine[]): SourceLine[] {
  if (!isPagePerLine(lines)) return [...lines];
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.text.replace(/\t+/g, ' ').replace(/ {2,}/g, ' ').replace(/(?<=\S)\*\*\*\*(?=\S)/g, '** **').length + 1;
  }
  const lineAt = (at: number) => lines[starts.findLastIndex((s) => s <= at)] ?? lines[0];
  return cutPages(lines.map((l) => l.text).join('\n')).flatMap((part) => {
    const line = lineAt(part.at);
    return line ? [{ ...line, text: part.text }, { ...line, text: '' }] : [];
  });
}
