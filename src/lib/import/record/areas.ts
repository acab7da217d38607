import type { Area } from '../../model/document.ts';
import type { Block } from './blocks.ts';

const ORDER: Area[] = ['mid-nottinghamshire', 'south-nottinghamshire', 'bassetlaw', 'county-wide', 'national'];
const NAMED: [Area, RegExp][] = [
  ['mid-nottinghamshire', /\bmid[- ]?nottinghamshire\b|\bmid and (?:south|north) nottinghamshire\b|\bmid and north nottinghamshire\b|\bmansfield\b|\bashfield\b|\bnewark\b|\bsherwood\b|\bbetter together\b|\bking[’‟']s mill\b/i],
  ['south-nottinghamshire', /\bsouth(?:ern)? nottinghamshire\b|\bgreater nottingham\b|\brushcliffe\b|\bnottingham north and east\b|\bnottingham west\b|\bnottingham city\b(?! council)/i],
  ['bassetlaw', /\bbassetlaw\b/i],
  ['county-wide', /\bcounty[- ]wide\b|\bnottinghamshire better care fund\b|\bacross (?:the county|nottinghamshire)\b|\bnottinghamshire[- ]wide\b|\bwhole county\b/i],
  [
    'national',
    /\bnhs england\b|\bnhsei?\b|\bnationally\b|\bnational (?:policy|guidance|funding|consultation)\b|\bgovernment\b|\bparliament\b|\bdepartment of health\b|\bdhsc\b|\bplanning guidance\b|\bspending review\b|\bforward view\b|\blong term plan\b|\bacross england\b|\bin england\b|\bstps\b/i,
  ],
];

/**
 * The areas a decision concerns: those named by the nearest of its contexts that names any (its sentence, then its
 * paragraph, the paragraphs before it, the document's title); where none does, the areas of the document.
 */
export function decisionAreas(contexts: readonly string[], documentAreas: readonly Area[]): Area[] {
  for (const [i, text] of contexts.entries()) {
    // National policy named in a neighbouring paragraph says nothing of a local decision: only its own words, or the title, can make it national.
    const near = i < 2 || i === contexts.length - 1;
    const named = new Set(NAMED.filter(([area, pattern]) => (near || area !== 'national') && pattern.test(text)).map(([area]) => area));
    if (named.size > 0) return ORDER.filter((a) => named.has(a));
  }
  return ORDER.filter((a) => documentAreas.includes(a));
}

/** The contexts of a sentence, nearest first: itself, its paragraph, up to three paragraphs before it under the same heading, the title. */
export function contextsOf(sentence: string, blocks: readonly Block[], index: number, title: string): string[] {
  const block = blocks[index];
  const before = blocks.slice(Math.max(0, index - 3), index).reverse().filter((b) => b.heading === block?.heading);
  return [sentence, block?.text ?? '', ...before.map((b) => b.text), title];
}
