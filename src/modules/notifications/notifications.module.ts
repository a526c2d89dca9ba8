import { Global, Module } from '@nestjs/common';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsService } from './notifications.service.js';
import { PreferencesController } from './preferences.controller.js';
import { PreferencesService } from './preferences.service.js';

/** Notifications: the writer every module uses (global) and the reader's inbox routes. */
@Global()
@Module({
  controllers: [NotificationsController, PreferencesController],
  providers: [NotificationsService, PreferencesService],
  exports: [NotificationsService, PreferencesService],
})
export class NotificationsModule {}
