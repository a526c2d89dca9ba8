import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import type { ServerResponse } from 'node:http';
import { webRoot } from './web-root.js';

const root = webRoot();

/** The reader pages that mails and mentions link to: one HTML, routed by its script on the path. */
const READER_PAGES = ['/reset-password', '/verify-email', '/unsubscribe'];

/**
 * Hashed assets never change; the widget and the pages are revalidated. The
 * widget and the assets are loaded by news sites' pages, another origin: they
 * override helmet's `Cross-Origin-Resource-Policy: same-origin`, which would
 * make the browser refuse them there (the pages keep it).
 */
function cacheHeaders(response: ServerResponse, path: string): void {
  const asset = /[/\\]assets[/\\]/.test(path);
  const widget = /[/\\]embed\.js$/.test(path);
  if (asset) response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  else if (widget) response.setHeader('Cache-Control', 'public, max-age=300');
  else response.setHeader('Cache-Control', 'no-cache');
  if (asset || widget) response.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
}

/**
 * The web front ends built from web/ into public/ by `npm run build:web`:
 * `/embed.js` (the reader widget), `/` and `/articles/:slug` (the demo news
 * site), `/reset-password`, `/verify-email`, `/unsubscribe` and `/u/:username`
 * (the pages mails and mentions link to), `/moderation`, `/redaction` (the
 * newsroom desk) and `/admin` (staff pages, which call the API like any client;
 * `/x` serves `x.html`). Served by express.static outside Nest's router, so neither the
 * /api prefix nor the access guard applies: every file here is public, and
 * every datum the pages show comes from the API under its own access rules.
 */
@Module({
  imports: [
    ServeStaticModule.forRoot(
      {
        rootPath: root,
        renderPath: '/',
        serveStaticOptions: { index: 'index.html', extensions: ['html'], redirect: false, setHeaders: cacheHeaders },
      },
      {
        // Every article page is the same HTML; its script reads the slug from the path.
        rootPath: join(root, 'article'),
        serveRoot: '/articles',
        renderPath: '/{*slug}',
        serveStaticOptions: { index: false, redirect: false, setHeaders: cacheHeaders },
      },
      ...READER_PAGES.map((serveRoot) => ({
        rootPath: join(root, 'reader'),
        serveRoot,
        // '' renders the page at the serve root itself ('/reset-password'; the default needs a sub-path).
        renderPath: '',
        serveStaticOptions: { index: false, redirect: false, setHeaders: cacheHeaders },
      })),
      {
        // Public profiles: /u/<username> (where @mentions in posts link).
        rootPath: join(root, 'reader'),
        serveRoot: '/u',
        renderPath: '/{*username}',
        serveStaticOptions: { index: false, redirect: false, setHeaders: cacheHeaders },
      },
    ),
  ],
})
export class WebModule {}
