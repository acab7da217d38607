/** /api/documents.json: one entry per document, held or cited only, with exactly the fields the brief lists. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { citedOnlyDocuments } from '../../lib/record/record-index.ts';
import { citedDocumentToApi, documentsApi, heldDocumentToApi } from '../../lib/site/document-api.ts';

export const GET: APIRoute = async ({ site }) => {
  if (site === undefined) throw new Error('astro.config.mjs: `site` must be set for the absolute URLs of /api/documents.json');
  const held = (await getCollection('documents')).map((entry) => heldDocumentToApi(entry.id, entry.data, site));
  const cited = (await citedOnlyDocuments()).map((c) => citedDocumentToApi(c, site));
  return new Response(`${JSON.stringify(documentsApi([...held, ...cited]), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
