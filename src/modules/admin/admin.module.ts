import { Global, Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module.js';
import { AdminSettingsController } from './admin-settings.controller.js';
import { AdminUsersController } from './admin-users.controller.js';
import { AdminUsersService } from './admin-users.service.js';
import { SettingsService } from './settings.service.js';

/**
 * Administration: accounts (roles, bans, erasure) and live settings.
 * Global because SettingsService is read everywhere (rate limits, moderation
 * thresholds, edit window).
 */
@Global()
@Module({
  imports: [UsersModule],
  controllers: [AdminUsersController, AdminSettingsController],
  providers: [SettingsService, AdminUsersService],
  exports: [SettingsService],
})
export class AdminModule {}
