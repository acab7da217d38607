/**
 * A static server for the search benchmark that moves bytes as a real host does: text (HTML, CSS, JS, JSON, SVG)
 * gzipped, Pagefind's index files as they are (Pagefind writes them gzipped already). `astro preview` sends
 * everything uncompressed, which would overstate what a reader downloads.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileForUrl, siteFiles } from '../site-files.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The Content-Type a built file is served with; Pagefind's own files (.pf_*, .pagefind) are opaque bytes. */
export function contentType(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Whether a host would gzip a response of this type: text, yes; binary and already-compressed data, no. */
export function compressible(type: string): boolean {
  return /^text\/|^application\/(json|xml|javascript)|^image\/svg\+xml/.test(type);
}

/** Serve `dir` on 127.0.0.1:`port` (gzip level 9, as scripts/page-weight.ts assumes). Resolves once listening. */
export function serveStatic(dir: string, port: number): Promise<Server> {
  const files = new Set(siteFiles(dir));
  const cache = new Map<string, { body: Buffer; type: string; gzip: boolean }>();
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = fileForUrl(pathname, files);
    if (file === null) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    let entry = cache.get(file);
    if (entry === undefined) {
      const type = contentType(file);
      const raw = readFileSync(join(dir, file));
      const gzip = compressible(type);
      entry = { body: gzip ? gzipSync(raw, { level: 9 }) : raw, type, gzip };
      cache.set(file, entry);
    }
    const headers: Record<string, string> = { 'content-type': entry.type, 'content-length': String(entry.body.length), 'cache-control': 'no-cache' };
    if (entry.gzip) headers['content-encoding'] = 'gzip';
    response.writeHead(200, headers).end(entry.body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
