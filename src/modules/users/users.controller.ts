import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import {
  ActiveUser,
  AllowInactive,
  Authenticated,
  CurrentUser,
  Public,
  type Actor,
} from '../../common/auth/decorators.js';
import { ProblemError } from '../../common/errors/problem.js';
import { AuditService } from '../moderation/audit.service.js';
import { AuthService } from '../auth/auth.service.js';
import { verifyPassword } from '../auth/passwords.js';
import { ChangePasswordDto, DeleteMeDto, UpdateMeDto } from './dto/users.dto.js';
import { toPrivateProfile, toPublicProfile, type PrivateProfile, type PublicProfile } from './users.mapper.js';
import { UsersService } from './users.service.js';

@ApiTags('accounts')
@ApiBearerAuth()
@Controller()
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {}

  @Get('me')
  @Authenticated()
  @ApiOperation({ summary: 'My private profile' })
  async me(@CurrentUser() actor: Actor): Promise<PrivateProfile> {
    return toPrivateProfile(await this.users.getById(actor.id));
  }

  @Patch('me')
  @ActiveUser()
  @ApiOperation({ summary: 'Edit my display name and bio' })
  async updateMe(@CurrentUser() actor: Actor, @Body() body: UpdateMeDto): Promise<PrivateProfile> {
    const changes: Record<string, string> = {};
    if (body.displayName !== undefined) changes.displayName = body.displayName.trim();
    if (body.bio !== undefined) changes.bio = body.bio;
    if (Object.keys(changes).length > 0) await this.dataSource.manager.update('users', { id: actor.id }, changes);
    return toPrivateProfile(await this.users.getById(actor.id));
  }

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

  @Get('me/export')
  @Authenticated()
  @ApiOperation({ summary: 'Every datum held about me, as JSON' })
  exportMe(@CurrentUser() actor: Actor): Promise<Record<string, unknown>> {
    return this.users.exportData(actor.id);
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

  @Get('users/:username')
  @Public()
  @ApiOperation({ summary: 'Public profile (never the email)' })
  @ApiResponse({ status: 404 })
  async publicProfile(@Param('username') username: string): Promise<PublicProfile> {
    if (!/^[A-Za-z0-9_.-]{3,32}$/.test(username)) throw new ProblemError(404, 'http.not_found');
    return toPublicProfile(await this.users.findPublicByUsername(username));
  }
}
