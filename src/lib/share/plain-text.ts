const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decode the HTML character references a page or an MDX body may hold: named (the common five) and numeric. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Markdown, MDX or HTML as plain text on one line: tags and components dropped (their text kept), links to their
 * text, emphasis marks and backslash escapes removed, character references decoded, whitespace collapsed.
 */
export function plainText(markup: string): string {
  return decodeEntities(
    markup
      .replace(/<[A-Za-z][^<>]*\/>/g, '') // self-closing components and elements (<FootnoteRef n="1" />, <br/>)
      .replace(/<\/?[A-Za-z][^<>]*>/g, '') // other tags: the text between them stays
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // [text](url), ![alt](src)
      .replace(/(\*{1,3}|_{2,3})(\S(?:[^]*?\S)?)\1/g, '$2') // **bold**, *em*, __bold__
      .replace(/`([^`]*)`/g, '$1')
      .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1'),
  )
    .replace(/\s+/g, ' ')
    .trim();
}
