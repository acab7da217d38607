/** A synthetic archive of N report texts, made deterministically from the seeds' corpus. */
import type { Corpus } from './seed-corpus.ts';
import { generateReport } from './generate-report.ts';
import { planArchive } from './plan-archive.ts';

/** One synthetic source file: its name and text. */
export interface SyntheticSource {
  file: string;
  text: string;
}

/** File name of synthetic report i: "bench-00042.txt". */
export function sourceName(index: number): string {
  return `bench-${String(index).padStart(5, '0')}.txt`;
}

/** Make `count` report texts; the same corpus and count always give the same files, byte for byte. */
export function generateArchive(corpus: Corpus, count: number): SyntheticSource[] {
  const slots = planArchive(count, corpus.committees);
  return slots.map((slot, i) => ({ file: sourceName(slot.index), text: generateReport(corpus, slot, slots.slice(0, i)) }));
}
