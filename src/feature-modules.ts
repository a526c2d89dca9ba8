import { AdminModule } from './modules/admin/admin.module.js';
import { ArticlesModule } from './modules/articles/articles.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { DsaModule } from './modules/dsa/dsa.module.js';
import { DiscussionsModule } from './modules/discussions/discussions.module.js';
import { ErrorReportsModule } from './modules/error-reports/error-reports.module.js';
import { ModerationModule } from './modules/moderation/moderation.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { PollsModule } from './modules/polls/polls.module.js';
import { ThreadEventsModule } from './modules/realtime/thread-events.module.js';
import { PlatformModule } from './platform/platform.module.js';
import { SearchModule } from './modules/search/search.module.js';
import { WebModule } from './modules/web/web.module.js';
import { WebhooksAdminModule } from './modules/webhooks/webhooks.module.js';

/** The platform floor and Tribune's feature modules, in dependency order (AuthModule's global guard runs first). */
export const featureModules: Array<new (...args: never[]) => unknown> = [
  AuthModule,
  // After AuthModule: the rate-limit guard (platform) must run after the access guard.
  PlatformModule,
  AdminModule,
  ThreadEventsModule,
  NotificationsModule,
  ArticlesModule,
  DiscussionsModule,
  SearchModule,
  PollsModule,
  ErrorReportsModule,
  ModerationModule,
  DsaModule,
  WebhooksAdminModule,
  WebModule,
];
