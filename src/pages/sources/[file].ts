/**
 * The council's original texts, served byte for byte at /sources/<file>, as plain text in UTF-8
 * (the provenance every document page links to).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { listSourceNames, readSourceFile } from '../../lib/site/source-files.ts';

export const getStaticPaths = (() => listSourceNames().map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const bytes = readSourceFile(String(params['file']));
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
