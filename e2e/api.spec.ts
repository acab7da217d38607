/**
 * /api/documents.json, as served: one entry per document (cited documents not held included),
 * with the fields and types of the brief, each pointing to a page that is built.
 */
import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { allPages, isBuilt } from './helpers/site.ts';

const KINDS = ['report', 'minutes', 'agenda', 'appendix'];

/** What is wrong with one entry; empty when nothing is. */
function entryProblems(entry: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const isString = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
  const isStringOrNull = (v: unknown) => v === null || isString(v);
  const { id, url, title, kind, date, body, agendaItem, reference, held, source } = entry;
  if (!isString(id) || !/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/.test(id)) problems.push(`id ${JSON.stringify(id)} is not a date-first kebab-case id`);
  if (!isString(url) || !new URL(url, 'http://x').pathname.endsWith(`/documents/${String(id)}/`)) problems.push(`url ${JSON.stringify(url)} is not /documents/<id>/`);
  if (!isString(title)) problems.push('title is not a non-empty string');
  if (!isString(kind) || (held === true && !KINDS.includes(kind))) problems.push(`kind ${JSON.stringify(kind)} is not one of ${KINDS.join(', ')}`);
  if (!isString(date) || !/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) {
    problems.push(`date ${JSON.stringify(date)} is not a real YYYY-MM-DD date`);
  }
  // A paper cited but not held may not say which committee it went to (a discussion paper for a workshop).
  if (held === false ? !isStringOrNull(body) : !isString(body)) problems.push('body is not the committee’s name');
  if (!isStringOrNull(agendaItem)) problems.push(`agendaItem ${JSON.stringify(agendaItem)} is not a string or null`);
  if (!isStringOrNull(reference)) problems.push(`reference ${JSON.stringify(reference)} is not a string or null`);
  if (typeof held !== 'boolean') problems.push('held is not a boolean');
  const s = source as { file?: unknown; sha256?: unknown } | null | undefined;
  if (held === true || (s !== null && s !== undefined)) {
    if (typeof s !== 'object' || s === null) problems.push('source is not { file, sha256 }');
    else {
      if (!isString(s.file)) problems.push('source.file is not a file name');
      if (typeof s.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(s.sha256)) problems.push('source.sha256 is not 64 hex digits');
    }
  }
  return problems;
}

test('/api/documents.json lists every document with the brief’s fields and types', async ({ request }) => {
  const response = await request.get('/api/documents.json');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/json/);
  const entries = JSON.parse(await response.text()) as unknown;
  expect(Array.isArray(entries), 'a JSON array').toBe(true);
  const list = entries as Record<string, unknown>[];
  expect(list.length).toBeGreaterThan(0);

  const problems = list.flatMap((entry, i) => entryProblems(entry).map((p) => `[${i}] ${String(entry['id'])}: ${p}`));
  expect(problems).toEqual([]);

  const ids = list.map((e) => e['id']);
  expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'ids are unique').toEqual([]);

  const unbuilt = list.map((e) => new URL(String(e['url']), 'http://x').pathname).filter((path) => !isBuilt(path));
  expect(unbuilt, 'every url is a built page').toEqual([]);

  const listed = new Set(list.map((e) => new URL(String(e['url']), 'http://x').pathname));
  const unlisted = allPages.filter((p) => /^\/documents\/[^/]+\/$/.test(p) && !listed.has(p));
  expect(unlisted, 'every document page is in the list').toEqual([]);
  console.log(`/api/documents.json: ${list.length} entries (${list.filter((e) => e['held'] === false).length} cited, not held), all well-formed.`);
});

test('every held document’s source text is served at /sources/<file>, and its bytes match the fingerprint', async ({ request }) => {
  const list = (await (await request.get('/api/documents.json')).json()) as { source: { file: string; sha256: string } | null }[];
  const sources = new Map(list.flatMap((e) => (e.source ? [[e.source.file, e.source.sha256] as const] : [])));
  expect(sources.size).toBeGreaterThan(0);
  for (const [file, sha256] of sources) {
    const response = await request.get(`/sources/${file}`);
    expect(response.status(), file).toBe(200);
    expect(createHash('sha256').update(await response.body()).digest('hex'), file).toBe(sha256);
  }
});

test('/api/decisions.json: every entry lists the papers that record it, the first being its source', async ({ request }) => {
  type Witness = { document: string; url: string; date: string; datePrecision: string };
  const list = (await (await request.get('/api/decisions.json')).json()) as { id: string; date: string; source: { document: string; url: string }; sources: Witness[] }[];
  expect(list.length).toBeGreaterThan(0);
  const documents = new Set(((await (await request.get('/api/documents.json')).json()) as { id: string; held: boolean }[]).filter((d) => d.held).map((d) => d.id));
  const problems = list.flatMap((e) => {
    const first = e.sources?.[0];
    if (!first) return [`${e.id}: no sources`];
    return [
      ...(first.document === e.source.document && first.url === e.source.url ? [] : [`${e.id}: sources[0] is not source`]),
      ...e.sources.filter((w) => !documents.has(w.document)).map((w) => `${e.id}: ${w.document} is not a held document`),
      ...e.sources.filter((w) => !/#[\w-]+$/.test(w.url) || !/^\d{4}(-\d{2}){0,2}$/.test(w.date)).map((w) => `${e.id}: ${w.url} ${w.date} is not a paragraph's URL and a date`),
    ];
  });
  expect(problems).toEqual([]);
});
