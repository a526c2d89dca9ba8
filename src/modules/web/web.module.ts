import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module.js';
import { ProfilePagesService } from './profile-pages.service.js';

/**
 * The web front ends built from web/ into public/ by `npm run build:web`:
 * `/embed.js` (the reader widget), `/` and `/articles/:slug` (the demo news
 * site), `/reset-password`, `/verify-email`, `/unsubscribe` and `/u/:username`
 * (the pages mails and mentions link to), `/moderation`, `/redaction` (the
 * newsroom desk) and `/admin` (staff pages, which call the API like any client;
 * `/x` serves `x.html`). Served by Fastify routes of their own
 * (installWebFrontEnds, web-front-ends.ts, called by createApp) outside Nest's
 * router, so neither the /api prefix nor the access guard applies: every file
 * here is public, and every datum the pages show comes from the API under its
 * own access rules. One exception: `/u/<username>` answers 404 for a name that
 * shows nobody (ProfilePagesService, the one provider here).
 */
@Module({
  imports: [UsersModule],
  providers: [ProfilePagesService],
  exports: [ProfilePagesService],
})
export class WebModule {}
