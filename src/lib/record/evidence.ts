import type { Evidence } from '../model/decision.ts';

export interface EvidenceWords {
  /** One word, as a badge: "Resolved". */
  label: string;
  /** The label with how we know, in words: "Resolved (the minutes record it)". */
  phrase: string;
  /** The plural, for filter links and headings: "Resolutions". */
  plural: string;
}

/** How each kind of evidence is put in words. Never by colour alone. */
export const EVIDENCE_WORDS: Record<Evidence, EvidenceWords> = {
  resolved: { label: 'Resolved', phrase: 'Resolved (the minutes record it)', plural: 'Resolved' },
  recommended: {
    label: 'Recommended',
    phrase: 'Recommended (a report asked the committee to decide this)',
    plural: 'Recommended',
  },
  recorded: {
    label: 'Recorded',
    phrase: 'Recorded (a later report says this was decided)',
    plural: 'Recorded',
  },
  milestone: { label: 'Milestone', phrase: 'Milestone (a dated event the reports record)', plural: 'Milestones' },
};

/** The evidence kinds in the order the site lists them. */
export const EVIDENCE_ORDER: readonly Evidence[] = ['resolved', 'recommended', 'recorded', 'milestone'];
