/** A note's number as a fragment-id part: "3" → "3". */
const idPart = (n: string) => n.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

/** The heading over a page's notes; each reference is described by it ("Notes"). */
export const FOOTNOTES_LABEL_ID = 'footnotes-label';

/** The fragment id of the council's note n: "3" → "footnote-3". */
export function footnoteId(n: string): string {
  return `footnote-${idPart(n)}`;
}

/** The fragment id of a reference to note n, counted in text order: ("3", 2) → "footnote-ref-3-2". */
export function footnoteRefId(n: string, occurrence: number): string {
  return `footnote-ref-${idPart(n)}-${occurrence}`;
}
