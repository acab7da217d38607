import type { Heading, Root, RootContent } from 'mdast';
import { sentenceCase, type CaseGuide } from '../text-case.ts';

const hasLower = (text: string) => /\p{Ll}/u.test(text);

/**
 * Headings printed in capitals ("5. CONTAIN OUTBREAK MANAGEMENT FUND") in sentence case, as the rest of the page is
 * ("5. Contain Outbreak Management Fund" where the text prints it so): capitals are hard to read, and a table of
 * contents in capitals more so. Names and abbreviations keep the case the running text gives them. Only headings
 * whose letters are all capitals change; every word stays, in order.
 */
export function caseHeadings(tree: Root, guide: CaseGuide): Root {
  const recase = (node: RootContent): RootContent => {
    if (node.type !== 'heading') return node;
    const texts = node.children.filter((c) => c.type === 'text');
    if (texts.length !== node.children.length || texts.every((t) => !/\p{L}/u.test(t.value)) || texts.some((t) => hasLower(t.value))) return node;
    const value = texts.map((t) => t.value).join('');
    // Keep the council's number ("5. ") and sentence-case what follows it.
    const [, number = '', words = value] = /^(\s*\d+[.)]?\s+)?(.*)$/su.exec(value) ?? [];
    const heading: Heading = { ...node, children: [{ type: 'text', value: number + sentenceCase(words, guide) }] };
    return heading;
  };
  return { ...tree, children: tree.children.map(recase) };
}
