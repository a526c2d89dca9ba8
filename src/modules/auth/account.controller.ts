import { Body, Controller, Delete, HttpCode, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AllowInactive, Authenticated, CurrentUser, type Actor } from '../../common/auth/decorators.js';
import { ProblemError } from '../../common/errors/problem.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { ChangePasswordDto, DeleteMeDto } from '../users/dto/users.dto.js';
import { verifyPassword } from '../../platform/passwords/passwords.js';
import { UsersService } from '../users/users.service.js';
import { AuthService } from './auth.service.js';

/** Account actions that need the password and end sessions: change the password, erase the account. */
@ApiTags('accounts')
@ApiBearerAuth()
@Controller()
export class AccountController {
  constructor(
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {}

  @Put('me/password')
  @HttpCode(204)
  @Authenticated()
  @AllowInactive()
  @ApiOperation({ summary: 'Change my password; other sessions are revoked' })
  @ApiResponse({ status: 204 })
  @ApiResponse({ status: 422, description: 'Wrong current password' })
  async changePassword(@CurrentUser() actor: Actor, @Body() body: ChangePasswordDto): Promise<void> {
    await this.auth.changePassword(actor.id, body.currentPassword, body.newPassword);
  }

  @Delete('me')
  @HttpCode(204)
  @Authenticated()
  @AllowInactive()
  @ApiOperation({ summary: 'Erase my account: personal data gone, posts kept under a neutral name' })
  @ApiResponse({ status: 204 })
  @ApiResponse({ status: 422, description: 'Wrong password' })
  async deleteMe(@CurrentUser() actor: Actor, @Body() body: DeleteMeDto): Promise<void> {
    const hash = await this.users.getPasswordHash(actor.id);
    if (!hash || !(await verifyPassword(hash, body.password))) {
      throw new ProblemError(422, 'auth.wrong_password', {}, [{ field: 'password', code: 'auth.wrong_password' }]);
    }
    await this.dataSource.transaction(async (manager) => {
      await this.users.anonymize(manager, actor.id);
      await this.audit.record(manager, actor, { action: 'user.self_erase', targetType: 'user', targetId: actor.id });
    });
  }
}
