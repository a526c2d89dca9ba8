import type { ServerResponse } from 'node:http';

/** Files of public/ that news sites' pages load from another origin: the widget and the hashed assets. */
const isAsset = (path: string) => /[/\\]assets[/\\]/.test(path);
const isWidget = (path: string) => /[/\\]embed\.js$/.test(path);

/**
 * Hashed assets never change; the widget is revalidated after 5 minutes (by
 * its ETag), the pages at every load. The widget and the assets override
 * helmet's `Cross-Origin-Resource-Policy: same-origin`, which would make the
 * browser refuse them on a news site's page (the pages keep it). Every
 * answer of a file that exists compressed varies with Accept-Encoding.
 */
export function staticHeaders(response: ServerResponse, path: string): void {
  if (isAsset(path)) response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  else if (isWidget(path)) response.setHeader('Cache-Control', 'public, max-age=300');
  else response.setHeader('Cache-Control', 'no-cache');
  if (isAsset(path) || isWidget(path)) response.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
  if (/\.(js|mjs|css|html|svg)$/.test(path)) response.setHeader('Vary', 'Accept-Encoding');
}
