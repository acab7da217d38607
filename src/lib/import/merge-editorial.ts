import { z } from 'astro/zod';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { decisionSchema, type Decision } from '../model/decision.ts';
import { ImportError } from './types.ts';

const reason = z.string().trim().min(1, 'needs a reason');
/** One reviewed change to the derived record: correct fields of an entry, drop one, or add one. */
export const editorialEntrySchema = z.union([
  z.object({ id: z.string(), set: decisionSchema.omit({ id: true }).partial().strict(), reason }).strict(),
  z.object({ id: z.string(), drop: z.literal(true), reason }).strict(),
  z.object({ add: decisionSchema, reason }).strict(),
]);
export type EditorialEntry = z.output<typeof editorialEntrySchema> & { line: number };

const HINT = 'each entry is {id, set: {field: value}, reason}, {id, drop: true, reason} or {add: {…a whole decision}, reason}';

function describe(error: z.ZodError): string {
  const issue = error.issues.find((i) => i.code !== 'invalid_union') ?? error.issues[0]!;
  const unions = error.issues[0]?.code === 'invalid_union' ? (error.issues[0] as { errors?: z.core.$ZodIssue[][] }).errors : undefined;
  const first = unions?.map((list) => list[0]).find((i) => i && i.code !== 'unrecognized_keys') ?? unions?.[0]?.[0] ?? issue;
  const path = first.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  return `${path ? `${path}: ` : ''}${first.message}`;
}

/** Read the editorial file: a YAML list of entries, each checked, each with its line for messages. */
export function parseEditorial(file: string, text: string): EditorialEntry[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new ImportError(file, e.linePos?.[0].line ?? null, `not valid YAML: ${e.message.split('\n')[0]}`, 'fix the YAML syntax');
  }
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) throw new ImportError(file, 1, 'the file is not a list', `write a YAML list; ${HINT}`);
  return doc.contents.items.map((node, i) => {
    const line = isMap(node) && node.range ? lineCounter.linePos(node.range[0]).line : 1;
    const parsed = editorialEntrySchema.safeParse((doc.toJS() as unknown[])[i]);
    if (!parsed.success) throw new ImportError(file, line, `entry ${i + 1}: ${describe(parsed.error)}`, HINT);
    return { ...parsed.data, line };
  });
}

/** Apply the reviewed entries to the derived decisions; an entry that names no derived decision is an error. */
export function mergeEditorial(decisions: readonly Decision[], entries: readonly EditorialEntry[], file: string): Decision[] {
  const byId = new Map(decisions.map((d) => [d.id, d]));
  for (const entry of entries) {
    if ('add' in entry) {
      if (byId.has(entry.add.id)) throw new ImportError(file, entry.line, `"${entry.add.id}" is already in the derived record`, 'use {id, set} to correct it, or give the new entry another id');
      byId.set(entry.add.id, entry.add);
      continue;
    }
    const current = byId.get(entry.id);
    if (!current) throw new ImportError(file, entry.line, `"${entry.id}" names no derived decision`, 'check the id against content/decisions.json (ids change only when the source text does), or remove the entry');
    if ('drop' in entry) {
      byId.delete(entry.id);
      continue;
    }
    const next = decisionSchema.safeParse({ ...current, ...entry.set });
    if (!next.success) throw new ImportError(file, entry.line, `"${entry.id}": ${describe(next.error)}`, 'correct the value in "set"');
    byId.set(entry.id, next.data);
  }
  return [...byId.values()];
}
