/**
 * The floor: the least an Astro 7 site can do with the same text. One content collection of plain .md files, one page
 * template, no MDX, no integrations, built with `astro build` and indexed by Pagefind exactly as the project is.
 */

/** The floor project's own files (everything but its content and node_modules). */
export function floorFiles(): Record<string, string> {
  return {
    'package.json': `${JSON.stringify({ name: 'bench-floor', private: true, type: 'module' }, null, 2)}\n`,
    'astro.config.mjs': `import { defineConfig } from 'astro/config';\n\nexport default defineConfig({});\n`,
    'src/content.config.ts': [
      `import { defineCollection } from 'astro:content';`,
      `import { glob } from 'astro/loaders';`,
      `import { z } from 'astro/zod';`,
      ``,
      `const reports = defineCollection({`,
      `  loader: glob({ pattern: '*.md', base: './content/reports' }),`,
      `  schema: z.object({ title: z.string() }),`,
      `});`,
      ``,
      `export const collections = { reports };`,
      ``,
    ].join('\n'),
    'src/pages/reports/[id].astro': [
      `---`,
      `import { getCollection, render } from 'astro:content';`,
      ``,
      `export async function getStaticPaths() {`,
      `  const reports = await getCollection('reports');`,
      `  return reports.map((entry) => ({ params: { id: entry.id }, props: { entry } }));`,
      `}`,
      ``,
      `const { entry } = Astro.props;`,
      `const { Content } = await render(entry);`,
      `---`,
      `<html lang="en">`,
      `  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>`,
      `  <body><main><h1>{entry.data.title}</h1><Content /></main></body>`,
      `</html>`,
      ``,
    ].join('\n'),
  };
}
