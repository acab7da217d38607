import type { DocumentKind } from '../../model/document.ts';
import { dropFooters } from '../clean/clean-footers.ts';
import { mendGlyphs } from '../clean/clean-glyphs.ts';
import { unglueLines } from '../clean/clean-glued-lines.ts';
import { dropFormatTags } from '../clean/clean-markup.ts';
import { buildTree } from './build-tree.ts';
import { readBlocks } from './read-blocks.ts';
import type { BodyResult, SourceLine } from '../types.ts';

/** The clean stage: page footers out (their numbers kept), glyphs and format tags mended, `**`-glued pieces apart. */
export function cleanLines(lines: readonly SourceLine[]): { lines: SourceLine[]; pages: BodyResult['pages'] } {
  const { lines: kept, pages } = dropFooters(lines);
  const mended = kept.map((l) => ({ text: dropFormatTags(mendGlyphs(l.text)), line: l.line }));
  return { lines: unglueLines(mended), pages };
}

/** A document's body lines (after its header and title) → the body tree and what the front matter reads from it. */
export function buildBody(input: { file: string; kind: DocumentKind; lines: SourceLine[] }): BodyResult {
  const { lines, pages } = cleanLines(input.lines);
  const built = buildTree(readBlocks(lines), { file: input.file, kind: input.kind });
  return { ...built, pages };
}
