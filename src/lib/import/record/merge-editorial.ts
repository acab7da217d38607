import { z } from 'astro/zod';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { decisionSchema, type Decision } from '../../model/decision.ts';
import { ImportError } from '../types.ts';

const reason = z.string().trim().min(1, 'needs a reason');
const setEntry = z.object({ id: z.string(), set: decisionSchema.omit({ id: true }).partial().strict(), reason }).strict();
const dropEntry = z.object({ id: z.string(), drop: z.literal(true), reason }).strict();
const addEntry = z.object({ add: decisionSchema, reason }).strict();
/** One reviewed change to the derived record: correct fields of an entry, drop one, or add one. */
export const editorialEntrySchema = z.union([setEntry, dropEntry, addEntry]);
export type EditorialEntry = z.output<typeof editorialEntrySchema> & { line: number };

const HINT = 'each entry is {id, set: {field: value}, reason}, {id, drop: true, reason} or {add: {…a whole decision}, reason}';

/** The schema an entry means to follow, by its keys, so a message speaks to what the editor wrote. */
function schemaFor(raw: unknown): z.ZodType {
  const keys = raw !== null && typeof raw === 'object' ? Object.keys(raw) : [];
  return keys.includes('add') ? addEntry : keys.includes('drop') ? dropEntry : setEntry;
}

function describe(error: z.ZodError): string {
  const first = error.issues[0]!;
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
    const raw = (doc.toJS() as unknown[])[i];
    const parsed = schemaFor(raw).safeParse(raw);
    if (!parsed.success) throw new ImportError(file, line, `entry ${i + 1}: ${describe(parsed.error)}`, HINT);
    return { ...(parsed.data as z.output<typeof editorialEntrySchema>), line };
  });
}

/**
 * Apply the reviewed entries to the derived decisions. An entry that names no derived decision is an error, and so
 * is one that names an id merged into another entry (`mergedInto`: its address forwards there), naming the id to use.
 */
export function mergeEditorial(decisions: readonly Decision[], entries: readonly EditorialEntry[], file: string, mergedInto: ReadonlyMap<string, string> = new Map()): Decision[] {
  const byId = new Map(decisions.map((d) => [d.id, d]));
  for (const entry of entries) {
    const named = 'add' in entry ? entry.add.id : entry.id;
    const into = mergedInto.get(named);
    if (into !== undefined) {
      throw new ImportError(file, entry.line, `"${named}" was merged into "${into}": more than one paper records that decision or event, and the record holds it once`, `use the id "${into}"${'add' in entry ? ', or give the new entry another id' : ''}`);
    }
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
