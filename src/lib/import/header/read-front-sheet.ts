import { cleanHeaderText } from '../clean/clean-header-text.ts';
import type { SourceLine } from '../types.ts';
import { matchBodyName, matchMeetingHeading, matchSummons, venueOf } from './match-meeting-lines.ts';
import { readAgendaItems, splitRunOnItems, type AgendaItem } from './read-agenda-items.ts';
import { linesAfter, readHeaderUnits, type HeaderUnit } from './read-header-units.ts';
import { readTime } from './read-time.ts';

/** What an agenda's front sheet says of its meeting, and the lines of its body. */
export interface FrontSheet {
  /** A summons to a meeting of the council, or an agenda. */
  kind: 'agenda' | 'summons';
  /** The body's name as printed; null when the sheet names none. */
  body: string | null;
  date: string | null;
  time: string | null;
  venue: string | null;
  items: AgendaItem[];
  /** The first line of the sheet's header, where a missing name or date is reported. */
  line: number;
  bodyLines: SourceLine[];
}

/** "Venue: County Hall, West Bridgford" → "County Hall, West Bridgford"; a venue over two lines joined by a comma; a line that is not a venue → null. */
function venueLine(lines: readonly SourceLine[], unit: HeaderUnit | undefined): string | null {
  if (!unit || unit.header !== null || /^\d/.test(unit.text) || /^(?:contact|time)\b/i.test(unit.text)) return null;
  // A unit over lines of its own numbers (a page cut into its parts shares one number: the unit's text is the venue).
  const printed = unit.firstLine === unit.lastLine ? [] : lines.filter((l) => l.line >= unit.firstLine && l.line <= unit.lastLine && l.text.trim() !== '').map((l) => cleanHeaderText(l.text));
  const venue = printed.length > 1 ? printed.map((t) => t.replace(/,$/, '')).join(', ') : cleanHeaderText(unit.text);
  return venue.replace(/^venue:\s*/i, '') || null;
}

/** A summons: the council's name, "Dear Councillor", "You are hereby summoned … on <date> at <time> …", "AGENDA", the items. */
function readSummons(lines: readonly SourceLine[], units: readonly HeaderUnit[]): FrontSheet | null {
  const at = units.findIndex((u) => matchSummons(u.text) !== null);
  const unit = units[at];
  const summons = unit ? matchSummons(unit.text) : null;
  if (!unit || !summons) return null;
  const letterhead = units.slice(0, at).find((u) => matchBodyName(u.text) !== null);
  return {
    kind: 'summons',
    body: summons.body,
    date: summons.date,
    time: readTime(unit.text),
    venue: venueOf(unit.text),
    items: readAgendaItems(linesAfter(lines, unit.end)),
    line: lines[0]?.line ?? 1,
    bodyLines: letterhead ? linesAfter(lines, letterhead.end) : [...lines],
  };
}

/** A front sheet run onto one line: the body, the date and time, the venue, "AGENDA" and the items, rebuilt as the lines they stand for. */
function readRunOn(lines: readonly SourceLine[], units: readonly HeaderUnit[]): FrontSheet | null {
  // The heading opens the sheet, or stands under a meeting page's title ("Agenda and minutes").
  const first = units.slice(0, 2).find((u) => matchMeetingHeading(u.text) !== null);
  const heading = first ? matchMeetingHeading(first.text) : null;
  if (!first || !heading) return null;
  const split = /\bagenda\b/i.exec(heading.rest);
  const venue = heading.rest.slice(0, split?.index).replace(/[\s,.–-]+$/u, '') || null;
  const inline = split ? splitRunOnItems(heading.rest.slice(split.index + split[0].length)) : [];
  const after = linesAfter(lines, first.end);
  const items = inline.length > 0 ? inline : readAgendaItems(after);
  const line = first.firstLine;
  const rebuilt = [heading.dateText, '', ...(venue ? [venue, ''] : []), ...(split ? [split[0], ''] : []), ...inline.map((i) => `${i.n}\t${i.title}\t${i.pages ? `${i.pages[0]} - ${i.pages[1]}` : ''}`)];
  return {
    kind: 'agenda',
    body: heading.body,
    date: heading.date,
    time: readTime(heading.dateText),
    venue,
    items,
    line,
    bodyLines: [...rebuilt.map((text) => ({ text, line })), { text: '', line }, ...after],
  };
}

/** A labelled line among the first lines of a front sheet ("Venue: County Hall", "Time: 10.30 am"), as a unit of its own. */
function labelled(lines: readonly SourceLine[], label: string): HeaderUnit | undefined {
  const line = lines.slice(0, 30).find((l) => new RegExp(`^${label}:?\\s`, 'i').test(cleanHeaderText(l.text)));
  return line && { text: cleanHeaderText(line.text), header: null, firstLine: line.line, lastLine: line.line, end: { index: 0, column: 0 } };
}

/**
 * A front sheet as printed line by line (and a meeting page): the body's name (under the council's, when both are
 * printed), the date and time ("Date: …", "Time: …" when labelled), the venue, "AGENDA" and the items.
 */
function readLineByLine(lines: readonly SourceLine[], units: readonly HeaderUnit[]): FrontSheet {
  const isDate = (u: HeaderUnit | undefined) => u?.header?.type === 'date' || u?.header?.type === 'meeting-date';
  const firstDate = units.findIndex(isDate);
  const named = units.findLastIndex((u, i) => (firstDate === -1 || i < firstDate) && u.header === null && matchBodyName(u.text) !== null);
  const name = units[named];
  const datedAt = units.findIndex((u, i) => i > named && isDate(u));
  const dated = units[datedAt]?.header;
  const timed = labelled(lines, 'time');
  const venue = labelled(lines, 'venue');
  return {
    kind: 'agenda',
    body: name ? matchBodyName(name.text) : null,
    date: dated?.type === 'date' || dated?.type === 'meeting-date' ? dated.date : null,
    time: readTime(units[datedAt]?.text ?? '') ?? readTime(timed?.text ?? ''),
    venue: venueLine(lines, venue ?? (datedAt === -1 ? undefined : units[datedAt + 1])),
    items: readAgendaItems(name ? linesAfter(lines, name.end) : lines),
    line: lines[0]?.line ?? 1,
    bodyLines: name ? linesAfter(lines, name.end) : [...lines],
  };
}

/** Read an agenda's front sheet in any of the layouts councils print: a summons, a heading run onto one line, or line by line. */
export function readFrontSheet(lines: readonly SourceLine[]): FrontSheet {
  const units = readHeaderUnits(lines, 30);
  return readSummons(lines, units) ?? readRunOn(lines, units) ?? readLineByLine(lines, units);
}
