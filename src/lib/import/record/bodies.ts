/**
 * A body named in the council's text, as a regular-expression source: a name ending in Committee, Board, Council…
 * ("ASCH Committee", "the Better Care Fund Board", "Policy Committee"), NHS England, or "the local system".
 */
export const BODY_SOURCE =
  "(?:[Tt]he\\s+)?(?:(?:[A-Z][\\w&'’.-]*|and|of|for|&)\\s+){0,7}(?:Committee|Board|Cabinet|Alliance|Executive)\\b" +
  '|NHS England(?: and NHS Improvement)?|[Tt]he local system';

const ABBREVIATIONS: [RegExp, string][] = [
  [/^ASCH Committee$/, 'Adult Social Care and Health Committee'],
  [/^(?:ASCPH|ASC&PH) Committee$/, 'Adult Social Care and Public Health Committee'],
  [/^(?:HWB|HWBB)$/, 'Health and Wellbeing Board'],
  [/^BCF Board$/, 'Better Care Fund Board'],
];

/**
 * The full name of a body as the text names it: "the ASCH Committee" → "Adult Social Care and Health Committee";
 * "Committee" alone is the committee the document went to.
 */
export function bodyName(named: string, ownCommittee: string): string {
  const name = named.replace(/^the\s+/i, '').replace(/\s+/g, ' ').replace(/ & /g, ' and ').trim();
  if (/^Committee$/i.test(name)) return ownCommittee;
  for (const [pattern, full] of ABBREVIATIONS) if (pattern.test(name)) return full;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** A full body name as a key: "&" and "and" alike, any case; no body is "". */
export function bodyKey(body: string | null): string {
  return (body ?? '').toLowerCase().replace(/&/g, 'and');
}

export function sameBody(a: string | null, b: string | null): boolean {
  return bodyKey(a) === bodyKey(b);
}
