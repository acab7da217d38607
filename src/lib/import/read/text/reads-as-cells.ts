/**
 * Words that read as a table's cells rather than prose: a fifth of them figures or more, hardly a sentence among them
 * (how a table comes out of an export that lost its tabs: "Sexual Health 23,381 2,496 4,518 …").
 */
export function readsAsCells(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  const figures = words.filter((w) => /^[£(]?[\d][\d,.%/:-]*[)%]?$/.test(w)).length;
  const sentences = (text.match(/\p{Ll}[.!?]\s+\p{Lu}/gu) ?? []).length;
  return words.length >= 20 && figures / words.length >= 0.2 && sentences / words.length < 0.01;
}
