import { committeeSlug } from '../../record/slug.ts';

const STOP = new Set(
  'a an the and or of to in on for at by with from that this these those which who whom be been being is are was were will would shall should can could may might has have had it its their there also as into than then so such not no any all each other further'.split(' '),
);

/** Up to `max` characters of text, cut at a word and marked "…" when cut. */
export function clip(text: string, max = 110): string {
  const flat = text.replace(/\s+/g, ' ').trim().replace(/[.;:,]$/, '');
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max + 1).replace(/\s+\S*$/, '').replace(/[\s,;:–-]+$/, '');
  return `${cut}…`;
}

/** A sentence made a title: the opening date phrase dropped, capital first, short. */
export function sentenceTitle(sentence: string, datePhrase: string | null): string {
  let text = sentence.replace(/^[•\-\s]+|^\(?[a-z0-9]{1,2}[.)]\s+/i, '');
  if (datePhrase) {
    const opening = new RegExp(`^(?:On|In|At|By|During|From|Since)\\s+(?:the\\s+)?(?:beginning|end|start)?\\s*(?:of\\s+)?${datePhrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},?\\s+`);
    text = text.replace(opening, '');
  }
  return clip(text.charAt(0).toUpperCase() + text.slice(1));
}

/** The first `count` words of a text that say something (no articles, auxiliaries or numbers), as a slug. */
export function keywordSlug(text: string, count = 3): string {
  const words = committeeSlug(text)
    .split('-')
    .filter((w) => w && !STOP.has(w) && !/^\d+$/.test(w) && w.length > 1);
  return words.slice(0, count).join('-');
}

/** The last `count` words of a text that say something, as a slug: the head of "Two Transformation Manager posts". */
export function lastKeywords(text: string, count = 3): string {
  return keywordSlug(text, 99).split('-').filter(Boolean).slice(-count).join('-');
}

/** A date-first id from parts, each already a slug or words; empty parts dropped. */
export function dateFirstId(date: string, ...parts: string[]): string {
  return [date, ...parts.map((p) => committeeSlug(p)).filter(Boolean)].join('-');
}
