import { Module } from '@nestjs/common';
import { AuditModule } from './audit/audit.module.js';
import { MailModule } from './mail/mail.module.js';
import { RateLimitModule } from './rate-limit/rate-limit.module.js';
import { RealtimeModule } from './realtime/realtime.module.js';
import { SettingsModule } from './settings/settings.module.js';
import { WebhooksModule } from './webhooks/webhooks.module.js';

/**
 * The platform floor: what every feature uses and no feature owns. Each part
 * is a global module, so features inject its services without importing it.
 * Nothing under src/platform/ imports a feature module (a test enforces it).
 */
@Module({ imports: [AuditModule, SettingsModule, MailModule, RateLimitModule, RealtimeModule, WebhooksModule] })
export class PlatformModule {}
