import type { Decision } from '../../model/decision.ts';
import type { Block } from '../record/blocks.ts';
import { decisionAreas } from '../record/areas.ts';
import type { RecordSource } from '../record/source.ts';
import { clip } from '../record/titles.ts';
import { learnCase, sentenceCase, type CaseGuide } from '../text-case.ts';

/** "5. CONTAIN OUTBREAK MANAGEMENT FUND" → "Contain Outbreak Management Fund" (as the minutes' own text prints the words). */
export function itemTitle(heading: string, caseText: string | (() => CaseGuide)): string {
  const bare = heading.replace(/^\s*\d+[.)]?\s*/, '').trim();
  // A heading already in mixed case stays as printed; only one in capitals needs the text's evidence.
  if (/\p{Ll}/u.test(bare)) return bare;
  return sentenceCase(bare, typeof caseText === 'string' ? learnCase(caseText) : caseText());
}

/** The agenda item number a minutes heading carries: "5. CONTAIN…" → "5". */
export function itemNumber(heading: string | null): string | null {
  return heading?.match(/^\s*(\d+)[.)]?\s/)?.[1] ?? null;
}

/**
 * Each numbered resolution of a set of minutes, with its full text (lettered points and tables kept), titled by its
 * agenda item; `caseText` is running text that shows how the item's words are printed mid-sentence.
 */
export function extractResolutions(source: RecordSource, blocks: readonly Block[], caseText: string | (() => CaseGuide) = blocks.map((b) => b.text).join('\n')): Decision[] {
  if (source.data.kind !== 'minutes') return [];
  let guide: CaseGuide | undefined;
  const learnt = () => (guide ??= typeof caseText === 'string' ? learnCase(caseText) : caseText());
  return blocks
    .filter((b) => b.kind === 'resolution')
    .map((b) => {
      const text = b.text.replace(/^RESOLVED\s+\d{4}\/\d+\s*/i, '').trim() || b.text;
      const item = b.heading ? itemTitle(b.heading, learnt) : null;
      return {
        id: `${source.data.date}-resolution-${b.label.replace(/[^0-9A-Za-z]+/g, '-').toLowerCase()}`,
        kind: 'decision',
        evidence: 'resolved',
        title: item ? clip(item) : clip(text),
        text,
        ...(b.table ? { table: b.table } : {}),
        date: source.data.date,
        datePrecision: 'day',
        body: source.data.body,
        ref: b.label,
        areas: decisionAreas([text, item ?? ''], source.data.areas),
        source: { document: source.id, anchor: b.anchor },
        resolvedBy: null,
        reports: null,
      } satisfies Decision;
    });
}
