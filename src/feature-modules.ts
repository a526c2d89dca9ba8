import { AdminModule } from './modules/admin/admin.module.js';
import { ArticlesModule } from './modules/articles/articles.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { DiscussionsModule } from './modules/discussions/discussions.module.js';
import { ErrorReportsModule } from './modules/error-reports/error-reports.module.js';
import { MailModule } from './modules/mail/mail.module.js';
import { AuditModule } from './modules/moderation/audit.module.js';
import { ModerationModule } from './modules/moderation/moderation.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { PollsModule } from './modules/polls/polls.module.js';
import { RateLimitModule } from './modules/rate-limit/rate-limit.module.js';
import { RealtimeModule } from './modules/realtime/realtime.module.js';
import { SearchModule } from './modules/search/search.module.js';
import { WebModule } from './modules/web/web.module.js';

/** Tribune's feature modules, in dependency order (AuthModule's global guard runs first). */
export const featureModules: Array<new (...args: never[]) => unknown> = [
  AuthModule,
  MailModule,
  AuditModule,
  AdminModule,
  RateLimitModule,
  RealtimeModule,
  NotificationsModule,
  ArticlesModule,
  DiscussionsModule,
  SearchModule,
  PollsModule,
  ErrorReportsModule,
  ModerationModule,
  WebModule,
];
