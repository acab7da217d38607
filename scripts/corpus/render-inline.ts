/**
 * The markdown-ish inline markup some seeds carry (**bold**, *italic*, ***both***, <sup>, <u>, [text](url)),
 * turned into escaped HTML for the paper, or into plain text to judge a line by its words.
 */

/** One piece of inline markup, earliest first: a kept tag, a link, bold-italic, bold, italic. */
const INLINE =
  /<(sup|u)>([^]*?)<\/\1>|\[([^\]\n]+)\]\(([^)\s]+)\)|\*\*\*(?=\S)([^]*?\S)\*\*\*|\*\*(?=\S)([^]*?\S)\*\*|\*(?=[^\s*])([^*\n]*?[^\s*])\*(?!\*)/g;

/** A run of inline text: plain text, or a marked span holding more runs. */
export type InlineNode = string | { tag: 'strong' | 'em' | 'sup' | 'u' | 'a'; href: string; children: InlineNode[] };

/** Text made safe to put in HTML, in an element or an attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The seed text's inline markup as a tree; markers without a partner stay in the text as they are. */
export function parseInline(text: string): InlineNode[] {
  const nodes: InlineNode[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) nodes.push(text.slice(last, m.index));
    const [, tag, tagged, linkText, href, boldItalic, bold, italic] = m;
    if (tag === 'sup' || tag === 'u') nodes.push({ tag, href: '', children: parseInline(tagged ?? '') });
    else if (linkText !== undefined) nodes.push({ tag: 'a', href: href ?? '', children: parseInline(linkText) });
    else if (boldItalic !== undefined)
      nodes.push({ tag: 'strong', href: '', children: [{ tag: 'em', href: '', children: parseInline(boldItalic) }] });
    else if (bold !== undefined) nodes.push({ tag: 'strong', href: '', children: parseInline(bold) });
    else nodes.push({ tag: 'em', href: '', children: parseInline(italic ?? '') });
    last = m.index + m[0].length;
  }
  if (last < text.length) nodes.push(text.slice(last));
  return nodes;
}

/** The seed's inline markup as HTML, its plain text put through `textHtml` (by default escaped, nothing more). */
export function inlineToHtml(text: string, textHtml: (plain: string) => string = escapeHtml): string {
  const render = (nodes: InlineNode[]): string =>
    nodes
      .map((n) => {
        if (typeof n === 'string') return textHtml(n);
        const open = n.tag === 'a' ? `<a href="${escapeHtml(n.href)}">` : `<${n.tag}>`;
        return `${open}${render(n.children)}</${n.tag}>`;
      })
      .join('');
  return render(parseInline(text));
}

/** The text a reader sees: markup removed, link text kept, link address dropped. */
export function inlineToPlain(text: string): string {
  const render = (nodes: InlineNode[]): string => nodes.map((n) => (typeof n === 'string' ? n : render(n.children))).join('');
  return render(parseInline(text));
}
