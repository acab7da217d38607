import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema } from './lib/model/document.ts';

const documents = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/documents' }),
  schema: documentSchema,
});

export const collections = { documents };
