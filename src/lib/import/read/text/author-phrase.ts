/**
 * The council's departments as report authors name them ("CORPORATE DIRECTOR, ADULT SOCIAL CARE AND HEALTH"), longest
 * first. Where a page's header is run onto one line, "REPORT OF …" and the title are one run of capitals; the known
 * names tell where the author ends. Add a department here when a new report's author is not found.
 */
const DEPARTMENTS = [
  'ADULT SOCIAL CARE, HEALTH AND PUBLIC PROTECTION',
  'ADULT SOCIAL CARE AND PUBLIC HEALTH',
  'ADULT SOCIAL CARE AND HEALTH',
  'CHILDREN, FAMILIES AND CULTURAL SERVICES',
  'CUSTOMERS, GOVERNANCE AND EMPLOYEES',
  'TRANSFORMATION AND SERVICE IMPROVEMENT',
  'SOUTH NOTTINGHAMSHIRE AND PUBLIC PROTECTION',
  'NORTH NOTTINGHAMSHIRE AND DIRECT SERVICES',
  'FINANCE, INFRASTRUCTURE AND IMPROVEMENT',
  'FINANCE, PROCUREMENT AND IMPROVEMENT',
  'LIVING WELL AND COMMISSIONING',
  'AGEING WELL COMMUNITY SERVICES',
  'STRATEGIC COMMISSIONING',
  'PUBLIC HEALTH',
  'COMMUNITIES',
  'RESOURCES',
  'PLACE',
].sort((a, b) => b.length - a.length);

const ROLE = String.raw`(?:[A-Z&-]+ ){0,3}?(?:CHAIR(?:MAN)?|DIRECTOR|OFFICER|EXECUTIVE|LEADER|HEAD|MANAGER|COMMISSIONER|CONSULTANT)`;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const DEPARTMENT = `(?:${DEPARTMENTS.map(escape).join('|')})`;
/** One author: a role, then the committee it chairs or the department it directs. */
const ONE = String.raw`(?:THE )?${ROLE}(?: OF THE [A-Z ,&-]+? COMMITTEE| (?:OF|FOR) (?:THE )?${DEPARTMENT}|,? ${DEPARTMENT})?`;
const AUTHOR = new RegExp(String.raw`^REPORT OF ${ONE}(?: AND ${ONE})*`);

/** In a run of capitals that opens with "REPORT OF …", where the author's words end (the title follows); null when no role is found. */
export function authorPhraseEnd(capitals: string): number | null {
  const match = AUTHOR.exec(capitals.replace(/\s+/g, ' '));
  return match ? match[0].length : null;
}
