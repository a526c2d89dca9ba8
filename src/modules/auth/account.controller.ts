import { Body, Controller, Delete, HttpCode, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AllowInactive, Authenticated, CurrentUser, type Actor } from '../../common/auth/decorators.js';
import { ProblemError } from '../../common/errors/problem.js';
import { ApiProblems } from '../../common/openapi/api-problems.decorator.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { ChangePasswordDto, DeleteMeDto } from '../users/dto/users.dto.js';
import { verifyPassword } from '../../platform/passwords/passwords.js';
import { UsersService } from '../users/users.service.js';
import { AuthService } from './auth.service.js';

/** Account actions that need the password and end sessions: change the password, erase the account. */
@ApiTags('accounts')
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
  @ApiOperation({
    operationId: 'changeMyPassword',
    summary: 'Change my password',
    description: 'Needs the current password; every other session (refresh token) is revoked.',
  })
  @ApiNoContentResponse({ description: 'Password changed' })
  @ApiProblems({ 422: 'Wrong current password (field currentPassword)' })
  async changePassword(@CurrentUser() actor: Actor, @Body() body: ChangePasswordDto): Promise<void> {
    await this.auth.changePassword(actor.id, body.currentPassword, body.newPassword);
  }

  @Delete('me')
  @HttpCode(204)
  @Authenticated()
  @AllowInactive()
  @ApiOperation({
    operationId: 'deleteMe',
    summary: 'Erase my account',
    description:
      'Needs the password. Username, email, display name, bio and sessions are gone; posts stay under a neutral name. ' +
      'Allowed to suspended and banned accounts too.',
  })
  @ApiNoContentResponse({ description: 'Erased' })
  @ApiProblems({ 422: 'Wrong password (field password)' })
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
