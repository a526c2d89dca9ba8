import { extname } from 'node:path';

/** Files of public/ that news sites' pages load from another origin: the widget and the hashed assets. */
const isAsset = (path: string) => /(^|\/)assets\//.test(path);
const isWidget = (path: string) => /(^|\/)embed\.js$/.test(path);

/**
 * The types of the files that have compressed copies (scripts/precompress.mjs), named
 * here because the original's type is what a compressed copy is sent as, and because
 * @fastify/send's table says `application/javascript` where browsers and Express say
 * `text/javascript`.
 */
const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * The headers of a file of public/, by its path (the original's, whichever copy is
 * sent). Hashed assets never change; the widget is revalidated after 5 minutes (by
 * its ETag), the pages at every load. The widget and the assets override helmet's
 * `Cross-Origin-Resource-Policy: same-origin`, which would make the browser refuse
 * them on a news site's page (the pages keep it). Every answer of a file that may
 * exist compressed varies with Accept-Encoding.
 */
export function staticHeaders(path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  if (isAsset(path)) headers['Cache-Control'] = 'public, max-age=31536000, immutable';
  else if (isWidget(path)) headers['Cache-Control'] = 'public, max-age=300';
  else headers['Cache-Control'] = 'no-cache';
  if (isAsset(path) || isWidget(path)) headers['Cross-Origin-Resource-Policy'] = 'cross-origin';
  const type = CONTENT_TYPES[extname(path)];
  if (type) {
    headers['Content-Type'] = type;
    headers['Vary'] = 'Accept-Encoding';
  }
  return headers;
}
