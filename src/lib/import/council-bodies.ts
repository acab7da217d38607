/**
 * The council's committees and boards the papers cite, longest first: where a citation runs a title into a body's
 * name with nothing between ("… Transformation Projects Health and Wellbeing Board meeting 24.07.2020"), the known
 * name tells where the title ends. Add a body here when a new report cites one not listed.
 */
export const COUNCIL_BODIES = [
  'Adult Social Care and Public Health Committee',
  'Adult Social Care and Health Committee',
  'Health and Wellbeing Board',
  'Better Care Fund Board',
  'Health Scrutiny Committee',
  'Finance and Major Contracts Management Committee',
  'Improvement and Change Sub-Committee',
  'Policy Committee',
  'Full Council',
].sort((a, b) => b.length - a.length);

/** The known body a text names just before `… meeting`, if any, with where its name starts. */
export function knownBodyBefore(text: string, keyword: RegExp): { body: string; index: number } | null {
  for (const body of COUNCIL_BODIES) {
    const match = new RegExp(`\\b${body.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+${keyword.source}`, 'i').exec(text);
    if (match) return { body, index: match.index };
  }
  return null;
}
