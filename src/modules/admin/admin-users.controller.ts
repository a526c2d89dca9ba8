import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ActiveUser, CurrentUser, Roles, type Actor } from '../../common/auth/decorators.js';
import { UuidParamPipe } from '../../common/http/uuid-param.pipe.js';
import { ApiProblems } from '../../common/openapi/api-problems.decorator.js';
import type { Language } from '../../common/i18n/messages.js';
import { RequestLanguage } from '../../common/i18n/request-language.decorator.js';
import type { Page } from '../../common/pagination/cursor.js';
import './admin.messages.js';
import { AdminUsersService, type AdminUserItem } from './admin-users.service.js';
import { AdminUsersQuery, ChangeRoleDto, SanctionReasonDto } from './dto/admin.dto.js';
import { AdminUserDto, AdminUserPageDto } from './dto/admin.responses.js';

/**
 * Account administration. Admins only, and only while their own account is
 * active: a banned or suspended admin keeps no powers, not even reading here.
 */
@ApiTags('admin')
@Roles('admin')
@ActiveUser()
@ApiProblems({ 403: 'Not an active admin' })
@Controller('admin/users')
export class AdminUsersController {
  constructor(private readonly adminUsers: AdminUsersService) {}

  @Get()
  @ApiOperation({
    operationId: 'listAdminUsers',
    summary: 'Search accounts',
    description:
      '`q` matches any part of the username, display name or email, ignoring case (trigram index); `role` and ' +
      '`status` (effective) filter. ' +
      'Newest accounts first, keyset-paginated on (createdAt, id). Each item carries post count, flags received on ' +
      'the user’s posts, last seen and the current sanction; erased accounts appear with `anonymized: true`.',
  })
  @ApiOkResponse({ type: AdminUserPageDto })
  @ApiProblems({ 400: 'Bad filter, limit or cursor' })
  list(@Query() query: AdminUsersQuery, @RequestLanguage() language: Language): Promise<Page<AdminUserItem>> {
    return this.adminUsers.list(query, language);
  }

  @Patch(':id')
  @ApiOperation({
    operationId: 'changeUserRole',
    summary: "Change a user's role",
    description:
      'Takes effect on the user’s live tokens at once. An admin cannot change their own role (403); the last ' +
      'active admin cannot be demoted (409), even when two admins demote each other at the same instant.',
  })
  @ApiOkResponse({ type: AdminUserDto, description: 'The account after the change' })
  @ApiProblems({
    400: 'Unknown role',
    403: 'Not an active admin, or changing one own role',
    404: 'No such account',
    409: 'Last admin, or account erased',
  })
  changeRole(
    @CurrentUser() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: ChangeRoleDto,
    @RequestLanguage() language: Language,
  ): Promise<AdminUserItem> {
    return this.adminUsers.changeRole(actor, id, body.role, language);
  }

  @Post(':id/ban')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'banUser',
    summary: 'Ban an account',
    description: 'The user keeps reading but can neither log in nor write; every refresh token is revoked.',
  })
  @ApiOkResponse({ type: AdminUserDto, description: 'The account after the ban' })
  @ApiProblems({
    400: 'Missing or too long reason',
    404: 'No such account',
    409: 'Already banned, or account erased',
  })
  ban(
    @CurrentUser() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: SanctionReasonDto,
    @RequestLanguage() language: Language,
  ): Promise<AdminUserItem> {
    return this.adminUsers.ban(actor, id, body.reason, language);
  }

  @Post(':id/unban')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'unbanUser',
    summary: 'Lift a ban',
    description: 'The account is active again; the reason is audited.',
  })
  @ApiOkResponse({ type: AdminUserDto, description: 'The account after the change' })
  @ApiProblems({ 400: 'Missing or too long reason', 404: 'No such account', 409: 'Not banned, or account erased' })
  unban(
    @CurrentUser() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: SanctionReasonDto,
    @RequestLanguage() language: Language,
  ): Promise<AdminUserItem> {
    return this.adminUsers.unban(actor, id, body.reason, language);
  }

  @Post(':id/anonymize')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'anonymizeUser',
    summary: 'Erase an account on request',
    description:
      'Username, email, display name, bio, password and tokens are gone; posts stay under a neutral name; the ' +
      'account can never log in again. The audit entry keeps the account id only.',
  })
  @ApiOkResponse({ type: AdminUserDto, description: 'The erased account, as the console now shows it' })
  @ApiProblems({ 404: 'No such account', 409: 'Already erased, or last admin' })
  anonymize(
    @CurrentUser() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @RequestLanguage() language: Language,
  ): Promise<AdminUserItem> {
    return this.adminUsers.anonymize(actor, id, language);
  }
}
