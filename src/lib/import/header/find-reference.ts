import { cleanHeaderText } from '../clean/clean-header-text.ts';
import type { SourceLine } from '../types.ts';

/** A report reference standing on its own line, perhaps with a version mark: "ASCH393", "ASCPH746 PDMv3". */
const REFERENCE_LINE = /^([A-Z]{2,}[A-Z&]*\d{2,}[A-Z]?)(?:\s+\S+)?$/;

/** The reference a line holds, when the line is a reference and nothing more. */
export function matchReference(text: string): string | null {
  return REFERENCE_LINE.exec(cleanHeaderText(text))?.[1] ?? null;
}

/** A report's reference ("ASCH393"): the last reference line among its closing lines (the last `tail` non-blank lines); null if none. */
export function findReference(lines: readonly SourceLine[], tail = 6): string | null {
  const closing = lines.filter((l) => l.text.trim() !== '').slice(-tail);
  for (const line of closing.reverse()) {
    const reference = matchReference(line.text);
    if (reference) return reference;
  }
  return null;
}
