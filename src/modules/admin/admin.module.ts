import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { UsersModule } from '../users/users.module.js';
import { AdminSettingsController } from './admin-settings.controller.js';
import { AdminUsersController } from './admin-users.controller.js';
import { AdminUsersService } from './admin-users.service.js';

/**
 * Administration: accounts (roles, bans, erasure) and the live settings' routes
 * (the settings themselves are platform/settings).
 */
@Module({
  imports: [UsersModule, AuthModule],
  controllers: [AdminUsersController, AdminSettingsController],
  providers: [AdminUsersService],
})
export class AdminModule {}
