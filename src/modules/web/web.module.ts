import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { UsersModule } from '../users/users.module.js';
import { ProfilePagesService } from './profile-pages.service.js';
import { staticHeaders } from './static-headers.js';
import { READER_PAGES } from './web-pages.js';
import { webRoot } from './web-root.js';

const root = webRoot();

/**
 * The web front ends built from web/ into public/ by `npm run build:web`:
 * `/embed.js` (the reader widget), `/` and `/articles/:slug` (the demo news
 * site), `/reset-password`, `/verify-email`, `/unsubscribe` and `/u/:username`
 * (the pages mails and mentions link to), `/moderation`, `/redaction` (the
 * newsroom desk) and `/admin` (staff pages, which call the API like any client;
 * `/x` serves `x.html`). Served by express.static outside Nest's router, so neither the
 * /api prefix nor the access guard applies: every file here is public, and
 * every datum the pages show comes from the API under its own access rules.
 * One exception: `/u/<username>` answers 404 for a name that shows nobody
 * (ProfilePagesService, mounted by app.factory.ts before the static module).
 */
@Module({
  imports: [
    UsersModule,
    ServeStaticModule.forRoot(
      {
        rootPath: root,
        renderPath: '/',
        serveStaticOptions: { index: 'index.html', extensions: ['html'], redirect: false, setHeaders: staticHeaders },
      },
      {
        // Every article page is the same HTML; its script reads the slug from the path.
        rootPath: join(root, 'article'),
        serveRoot: '/articles',
        renderPath: '/{*slug}',
        serveStaticOptions: { index: false, redirect: false, setHeaders: staticHeaders },
      },
      ...READER_PAGES.map((serveRoot) => ({
        rootPath: join(root, 'reader'),
        serveRoot,
        // '' renders the page at the serve root itself ('/reset-password'; the default needs a sub-path).
        renderPath: '',
        serveStaticOptions: { index: false, redirect: false, setHeaders: staticHeaders },
      })),
      {
        // Public profiles: /u/<username> (where @mentions in posts link).
        rootPath: join(root, 'reader'),
        serveRoot: '/u',
        renderPath: '/{*username}',
        serveStaticOptions: { index: false, redirect: false, setHeaders: staticHeaders },
      },
    ),
  ],
  providers: [ProfilePagesService],
  exports: [ProfilePagesService],
})
export class WebModule {}
