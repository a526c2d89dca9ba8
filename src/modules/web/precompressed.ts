import { existsSync, readdirSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import { staticHeaders } from './static-headers.js';
import { RENDERED_PAGES } from './web-pages.js';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The files of public/ that `scripts/precompress.mjs` left a `.br` or `.gz` copy of. */
function compressedFiles(root: string): Set<string> {
  const found = new Set<string>();
  const walk = (directory: string): void => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(br|gz)$/.test(entry.name)) found.add(path.slice(0, -3));
    }
  };
  if (existsSync(root)) walk(root);
  return found;
}

/**
 * The URL paths that serve each such file, as the static module routes them:
 * `/x.js`, `/x` for `x.html`, `/` for index.html, and the rendered pages
 * (`/articles/…`, `/u/…`, `/reset-password`…).
 */
function routes(root: string, files: Set<string>): (path: string) => string | null {
  const exact = new Map<string, string>();
  for (const file of files) {
    const url = `/${relative(root, file).split(sep).join('/')}`;
    exact.set(url, file);
    if (url === '/index.html') exact.set('/', file);
    else if (url.endsWith('.html') && !url.endsWith('/index.html')) exact.set(url.slice(0, -5), file);
  }
  const rendered = RENDERED_PAGES.map((page) => ({ ...page, file: join(root, page.file) })).filter((page) =>
    files.has(page.file),
  );
  return (path) =>
    exact.get(path) ??
    rendered.find((page) => (page.prefix ? path.startsWith(page.path) : path === page.path))?.file ??
    null;
}

/** Brotli when the client takes it (smaller), else gzip, else none; not the client's order of listing. */
function preferredEncoding(request: Request): 'br' | 'gzip' | null {
  if (!request.headers['accept-encoding']) return null;
  if (request.acceptsEncodings('br') === 'br') return 'br';
  return request.acceptsEncodings('gzip') === 'gzip' ? 'gzip' : null;
}

/**
 * Serves the brotli or gzip copy of a file of public/ to a client that accepts
 * it (Content-Encoding, Vary: Accept-Encoding, the original's Content-Type and
 * caching headers); the static module serves the rest, uncompressed. Nothing
 * is compressed per request.
 */
export function precompressedStatic(root: string) {
  const files = compressedFiles(root);
  const fileOf = routes(root, files);
  return (request: Request, response: Response, next: NextFunction): void => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    const file = fileOf(request.path);
    if (!file) return next();
    const encoding = preferredEncoding(request);
    const suffix = encoding === 'br' ? '.br' : encoding === 'gzip' ? '.gz' : null;
    if (!suffix || !existsSync(file + suffix)) {
      response.setHeader('Vary', 'Accept-Encoding');
      return next();
    }
    staticHeaders(response, file);
    response.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
    response.setHeader('Content-Encoding', encoding!);
    // Ranges of encoded bytes are no use to anyone: the whole file, with its own ETag.
    response.sendFile(file + suffix, { acceptRanges: false, dotfiles: 'deny' }, (error) => {
      if (error && !response.headersSent) next();
    });
  };
}
