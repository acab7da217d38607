/** /pagefind-vocab.json: the words the search page's "Did you mean …?" may offer (src/lib/search/vocabulary.ts). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { AREAS } from '../lib/record/areas.ts';
import { loadGlossary } from '../lib/record/load-data.ts';
import { buildVocabulary } from '../lib/search/vocabulary.ts';

export const GET: APIRoute = async () => {
  const documents = (await getCollection('documents')).map((entry) => entry.data);
  const vocabulary = buildVocabulary({
    glossary: loadGlossary(),
    committees: documents.flatMap((d) => [d.body, d.meeting.body]),
    areas: AREAS.map((a) => a.name),
    titles: documents.map((d) => d.title),
  });
  return new Response(JSON.stringify(vocabulary), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
