import type { Area } from '../model/document.ts';

/** What the papers call each area, and the places in it. */
const LOCAL: [Area, RegExp][] = [
  ['mid-nottinghamshire', /\bmid[- ]nottinghamshire\b|\bmansfield\b|\bashfield\b|\bnewark\b|\bsherwood\b|\bbetter together\b/gi],
  ['south-nottinghamshire', /\bsouth nottinghamshire\b|\bgreater nottingham\b|\brushcliffe\b|\bnottingham north and east\b|\bnottingham west\b|\bnottingham city\b/gi],
  ['bassetlaw', /\bbassetlaw\b/gi],
];
const NATIONAL = /\bnhs england\b|\bnhse\b|\bnational\b|\bgovernment\b|\bdepartment of health\b|\blong term plan\b/gi;
const COUNTY_WIDE = /\bcounty[- ]wide\b|\bacross (?:the county|nottinghamshire)\b|\bnottinghamshire[- ]wide\b/gi;

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/**
 * The areas a document concerns, from what it names: a local area named in the title or at least twice in the text;
 * national when the title or at least three passages point to national bodies or policy; county-wide when the text
 * says so, or when it names no local area.
 */
export function detectAreas(title: string, text: string): Area[] {
  const areas = new Set<Area>();
  for (const [area, pattern] of LOCAL) if (count(title, pattern) > 0 || count(text, pattern) >= 2) areas.add(area);
  if (areas.size === 0 || count(text, COUNTY_WIDE) > 0) areas.add('county-wide');
  if (count(title, NATIONAL) > 0 || count(text, NATIONAL) >= 3) areas.add('national');
  const order: Area[] = ['mid-nottinghamshire', 'south-nottinghamshire', 'bassetlaw', 'county-wide', 'national'];
  return order.filter((a) => areas.has(a));
}
