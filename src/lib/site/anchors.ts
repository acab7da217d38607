/** A council number, letter or reference as a fragment-id part: "1.13" → "1-13", "2021/002" → "2021-002", "A" → "a". */
function idPart(value: string): string {
  return value.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** The fragment id of a numbered paragraph: "12" → "p-12", "1.13" → "p-1-13". */
export function paragraphId(n: string): string {
  return `p-${idPart(n)}`;
}

/** The fragment id of a recommendation: "1" → "recommendation-1", "a" → "recommendation-a". */
export function recommendationId(n: string): string {
  return `recommendation-${idPart(n)}`;
}

/** The fragment id of a resolution in minutes: "2021/002" → "resolution-2021-002". */
export function resolutionId(ref: string): string {
  return `resolution-${idPart(ref)}`;
}
