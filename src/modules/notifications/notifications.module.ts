import { Global, Module } from '@nestjs/common';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsService } from './notifications.service.js';
import { EventTicketsService } from './event-tickets.service.js';
import { UserEventsController } from './user-events.controller.js';
import { MailDigestService } from './mail-digest.service.js';
import { UnsubscribeController } from './unsubscribe.controller.js';
import { PreferencesController } from './preferences.controller.js';
import { PreferencesService } from './preferences.service.js';

/** Notifications: the writer every module uses (global) and the reader's inbox routes. */
@Global()
@Module({
  controllers: [NotificationsController, PreferencesController, UserEventsController, UnsubscribeController],
  providers: [NotificationsService, PreferencesService, EventTicketsService, MailDigestService],
  exports: [NotificationsService, PreferencesService, EventTicketsService],
})
export class NotificationsModule {}
