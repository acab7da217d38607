import { z } from 'astro/zod';

/** One entry of content/glossary.yaml. */
export const glossaryTermSchema = z.object({
  /** The fragment id on /glossary/, e.g. "ccg". */
  id: z.string().regex(/^[a-z0-9-]+$/, 'a kebab-case id'),
  /** The acronym as the papers print it, e.g. "CCG". */
  term: z.string().min(1),
  /** Other spellings the papers use: plurals ("CCGs") and variants ("Covid 19"). */
  forms: z.array(z.string().min(1)).default([]),
  /** What the letters stand for. */
  expansion: z.string().min(1),
  /** One plain-English sentence on what it is. */
  explanation: z.string().min(1),
});
export type GlossaryTerm = z.output<typeof glossaryTermSchema>;

export const glossarySchema = z.array(glossaryTermSchema).superRefine((terms, ctx) => {
  const seen = new Map<string, number>();
  for (const [i, t] of terms.entries()) {
    for (const key of [`id:${t.id}`, ...[t.term, ...t.forms].map((f) => `form:${f}`)]) {
      const first = seen.get(key);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: [i], message: `${key.replace(':', ' "')}" is already used by entry ${first + 1}` });
      }
      seen.set(key, i);
    }
  }
});

/** A compiled glossary: one regular expression over every form, longest first. */
export interface GlossaryMatcher {
  pattern: RegExp;
  byForm: ReadonlyMap<string, GlossaryTerm>;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Compile the glossary for matching whole words, case-sensitively ("CCG", not "ccg" in a word; not "ASCH" in "ASCH393"). */
export function compileGlossary(terms: readonly GlossaryTerm[]): GlossaryMatcher {
  const byForm = new Map<string, GlossaryTerm>();
  for (const t of terms) for (const f of [t.term, ...t.forms]) byForm.set(f, t);
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const alternation = forms.map(escapeRegExp).join('|') || '(?!)';
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, 'gu'), byForm };
}

export type TextSegment = { text: string; term?: undefined } | { text: string; term: GlossaryTerm };

/**
 * Split text so that the first occurrence of each glossary term not yet in `seen` becomes its own
 * segment carrying the term. Terms found are added to `seen`, so a page marks each term once.
 */
export function splitFirstTerms(text: string, matcher: GlossaryMatcher, seen: Set<string>): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(matcher.pattern)) {
    const term = matcher.byForm.get(match[0]);
    if (!term || seen.has(term.id)) continue;
    seen.add(term.id);
    if (match.index > last) segments.push({ text: text.slice(last, match.index) });
    segments.push({ text: match[0], term });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}

/** The glossary URL of a term. */
export function glossaryPath(term: Pick<GlossaryTerm, 'id'>): string {
  return `/glossary/#${term.id}`;
}
