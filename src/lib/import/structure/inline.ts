import type { PhrasingContent } from 'mdast';
import { superscriptToDigits } from './classify-line.ts';
import { footnoteRef } from './footnotes.ts';

/**
 * The inline marks the sources carry: markdown links and `**strong**` / `*emphasis*` runs (the markdown-ish exports),
 * and superscript footnote numbers glued to a word. Everything else stays literal text (the serializer escapes it).
 */
const INLINE =
  /\[([^\]\n]+)\]\(((?:https?:\/\/|mailto:|www\.)[^)\s]*)\)|\*\*\*(?=\S)(.+?)(?<=\S)\*\*\*|\*\*(?=[^\s*])(.+?)(?<=[^\s*])\*\*|\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?!\*)|(?<=[\p{L}\p{N}.,;:)’'"”%])([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/gu;

/** A text's inline content: links, strong and emphasis runs, `<FootnoteRef n>` to the notes given (a mark with no note stays as printed); the rest as text. */
export function parseInline(text: string, footnotes: ReadonlySet<string> = new Set()): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  const pushText = (value: string) => {
    if (value === '') return;
    const prev = out.at(-1);
    if (prev?.type === 'text') prev.value += value;
    else out.push({ type: 'text', value });
  };
  for (const match of text.matchAll(INLINE)) {
    const [whole, linkText, url, strongEm, strong, em, sup] = match;
    const node = ((): PhrasingContent | null => {
      if (linkText !== undefined && url !== undefined) {
        return { type: 'link', url: url.startsWith('www.') ? `http://${url}` : url, children: parseInline(linkText, footnotes) };
      }
      if (strongEm !== undefined) return { type: 'strong', children: [{ type: 'emphasis', children: parseInline(strongEm, footnotes) }] };
      if (strong !== undefined) return { type: 'strong', children: parseInline(strong, footnotes) };
      if (em !== undefined) return { type: 'emphasis', children: parseInline(em, footnotes) };
      if (sup !== undefined) {
        const label = superscriptToDigits(sup);
        // A mark with no note under it in the source stays the printed superscript: never a link to nowhere.
        return footnotes.has(label) ? footnoteRef(label) : null;
      }
      return null;
    })();
    if (!node) continue;
    pushText(text.slice(last, match.index));
    out.push(node);
    last = match.index + whole.length;
  }
  pushText(text.slice(last));
  return out;
}
