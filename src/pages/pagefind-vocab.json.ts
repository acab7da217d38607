/** /pagefind-vocab.json: the words the search page's "Did you mean …?" may offer (src/lib/search/vocabulary.ts). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { AREAS } from '../lib/record/areas.ts';
import { readDocumentBody } from '../lib/record/document-file.ts';
import { loadDecisions, loadGlossary } from '../lib/record/load-data.ts';
import { buildVocabulary } from '../lib/search/vocabulary.ts';

export const GET: APIRoute = async () => {
  const entries = await getCollection('documents');
  const documents = entries.map((entry) => entry.data);
  // The papers' words: MDX tags left out (the front matter, with its ids and hashes, is not read).
  const bodies = entries.map((entry) => readDocumentBody(entry).replace(/<[^>]*>/g, ' '));
  const vocabulary = buildVocabulary({
    glossary: loadGlossary(),
    committees: documents.flatMap((d) => [d.body, d.meeting.body]),
    areas: AREAS.map((a) => a.name),
    titles: documents.map((d) => d.title),
    texts: [...bodies, ...loadDecisions().map((d) => `${d.title} ${d.text}`)],
  });
  return new Response(JSON.stringify(vocabulary), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
