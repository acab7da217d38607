import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema } from './lib/model/document.ts';
import { meetingSchema } from './lib/model/meeting.ts';

/**
 * Every document the importer made: content/documents/<id>.mdx. The raw MDX is not kept in the data store
 * (retainBody: false): at 2,000 reports it held a copy of the whole archive in the build's memory. The one page
 * that reads the text itself, the glossary, reads the files.
 */
const documents = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/documents', retainBody: false }),
  schema: documentSchema,
});

/** Every meeting a document is tabled at or records: content/meetings/<date>-<committee>.yaml. */
const meetings = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/meetings' }),
  schema: meetingSchema,
});

export const collections = { documents, meetings };
