import { cleanHeaderText } from '../clean/clean-header-text.ts';
import type { SourceLine } from '../types.ts';

const CONSTITUTIONAL = /^constitutional comments?\b/i;
/** A run of capitalised words ending in "Committee": "Adult Social Care and Health Committee". */
const COMMITTEE = /((?:\p{Lu}[\p{L}’'-]*|and|of|for|&)(?:\s+(?:\p{Lu}[\p{L}’'-]*|and|of|for|&))*\s+Committee)\b/u;

/**
 * The committee named in a report's "Constitutional Comments" ("…within the Terms of Reference of the Adult Social
 * Care and Health Committee"), for reports whose header does not name it. Looks at the few lines after the heading.
 */
export function findCommitteeInConstitutionalComments(lines: readonly SourceLine[]): { committee: string; line: number } | null {
  const heading = lines.findIndex((l) => CONSTITUTIONAL.test(cleanHeaderText(l.text)));
  if (heading === -1) return null;
  const following = lines.slice(heading + 1).filter((l) => l.text.trim() !== '').slice(0, 3);
  // Read as one text: the name may be wrapped over two lines ("… the Adult / Social Care and Health Committee").
  const match = COMMITTEE.exec(following.map((l) => cleanHeaderText(l.text)).join(' '));
  if (!match?.[1]) return null;
  const first = match[1].split(/\s+/)[0] ?? '';
  const line = following.find((l) => l.text.includes(first)) ?? following[0];
  return { committee: match[1].replace(/^The\s+/, ''), line: line?.line ?? lines[heading]?.line ?? 1 };
}
