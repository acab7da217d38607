import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { citedDocumentSchema, decisionSchema, type CitedDocument, type Decision } from '../model/decision.ts';
import { glossarySchema, type GlossaryTerm } from './glossary.ts';

/** Explain a schema failure by file and field: "content/decisions.json: [3].source.anchor: Required". */
export function describeIssues(file: string, error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
      return `${file}: ${path || '(root)'}: ${issue.message}`;
    })
    .join('\n');
}

function parseWith<T extends z.ZodType>(file: string, schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(describeIssues(file, result.error));
  return result.data;
}

function readJson(root: string, file: string): unknown {
  const text = readFileSync(join(root, file), 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`);
  }
}

const decisionsSchema = z.array(decisionSchema).superRefine((list, ctx) => {
  const seen = new Set<string>();
  for (const [i, d] of list.entries()) {
    if (seen.has(d.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id "${d.id}"` });
    seen.add(d.id);
  }
});

const cache = new Map<string, unknown>();
function once<T>(key: string, load: () => T): T {
  if (!cache.has(key)) cache.set(key, load());
  return cache.get(key) as T;
}

/** Every decision and milestone, from content/decisions.json (written by `npm run derive`), validated. */
export function loadDecisions(root = process.cwd()): Decision[] {
  return once(`decisions:${root}`, () => {
    const file = 'content/decisions.json';
    if (!existsSync(join(root, file))) throw new Error(`${file}: missing — run \`npm run derive\` to derive it from content/documents/`);
    return parseWith(file, decisionsSchema, readJson(root, file));
  });
}

/** Documents cited but not held, from content/cited-documents.json; none when the file is absent. */
export function loadCitedDocuments(root = process.cwd()): CitedDocument[] {
  return once(`cited:${root}`, () => {
    const file = 'content/cited-documents.json';
    if (!existsSync(join(root, file))) return [];
    return parseWith(file, z.array(citedDocumentSchema), readJson(root, file));
  });
}

/** The curated glossary, from content/glossary.yaml, in the file's order. */
export function loadGlossary(root = process.cwd()): GlossaryTerm[] {
  return once(`glossary:${root}`, () => {
    const file = 'content/glossary.yaml';
    return parseWith(file, glossarySchema, parseYaml(readFileSync(join(root, file), 'utf8')));
  });
}
