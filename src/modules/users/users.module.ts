import { Module } from '@nestjs/common';
import { ExternalAccountsService } from './external-accounts.service.js';
import { UsersController } from './users.controller.js';
import { UsersService } from './users.service.js';

@Module({
  controllers: [UsersController],
  providers: [UsersService, ExternalAccountsService],
  exports: [UsersService, ExternalAccountsService],
})
export class UsersModule {}
