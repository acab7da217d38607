/** How many entries the decision record holds after an import, and how many statements the papers made before retellings were merged. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Decision } from '../../src/lib/model/decision.ts';

export interface RecordCounts {
  /** Entries of content/decisions.json: one per decision or event, however many papers record it. */
  entries: number;
  /** What the record would hold with every retelling its own entry: each entry and the ids merged into it. */
  statements: number;
}

export function countRecord(decisions: readonly Pick<Decision, 'mergedIds'>[]): RecordCounts {
  return { entries: decisions.length, statements: decisions.reduce((n, d) => n + 1 + (d.mergedIds?.length ?? 0), 0) };
}

/** The counts for the project at `tree`, from its content/decisions.json. */
export function readRecordCounts(tree: string): RecordCounts {
  return countRecord(JSON.parse(readFileSync(join(tree, 'content/decisions.json'), 'utf8')) as Pick<Decision, 'mergedIds'>[]);
}
