import { AuthModule } from './modules/auth/auth.module.js';
import { MailModule } from './modules/mail/mail.module.js';
import { AuditModule } from './modules/moderation/audit.module.js';
import { RateLimitModule } from './modules/rate-limit/rate-limit.module.js';

/** Tribune's feature modules, in dependency order (AuthModule's global guard runs first). */
export const featureModules: Array<new (...args: never[]) => unknown> = [
  AuthModule,
  MailModule,
  AuditModule,
  RateLimitModule,
];
