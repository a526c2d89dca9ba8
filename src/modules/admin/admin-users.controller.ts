import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ActiveUser, CurrentUser, Roles, type Actor } from '../../common/auth/decorators.js';
import { UuidParamPipe } from '../../common/http/uuid-param.pipe.js';
import { preferredLanguage } from '../../common/i18n/messages.js';
import type { Page } from '../../common/pagination/cursor.js';
import './admin.messages.js';
import { AdminUsersService, type AdminUserItem } from './admin-users.service.js';
import { AdminUsersQuery, ChangeRoleDto, SanctionReasonDto } from './dto/admin.dto.js';

/**
 * Account administration. Admins only, and only while their own account is
 * active: a banned or suspended admin keeps no powers, not even reading here.
 */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@ActiveUser()
@ApiResponse({ status: 401, description: 'Not signed in' })
@ApiResponse({ status: 403, description: 'Not an active admin' })
@Controller('admin/users')
export class AdminUsersController {
  constructor(private readonly adminUsers: AdminUsersService) {}

  @Get()
  @ApiOperation({
    summary: 'Search accounts',
    description:
      '`q` is a case-insensitive prefix of username, display name or email; `role` and `status` (effective) filter. ' +
      'Newest accounts first, keyset-paginated on (createdAt, id). Each item carries post count, flags received on ' +
      'the user’s posts, last seen and the current sanction; erased accounts appear with `anonymized: true`.',
  })
  @ApiResponse({ status: 200, description: '{items, nextCursor}' })
  @ApiResponse({ status: 400, description: 'Bad filter, limit or cursor' })
  list(
    @Query() query: AdminUsersQuery,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<Page<AdminUserItem>> {
    return this.adminUsers.list(query, preferredLanguage(acceptLanguage));
  }

  @Patch(':id')
  @ApiOperation({
    summary: "Change a user's role",
    description:
      'Takes effect on the user’s live tokens at once. An admin cannot change their own role (403); the last ' +
      'active admin cannot be demoted (409), even when two admins demote each other at the same instant.',
  })
  @ApiResponse({ status: 200, description: 'The account after the change' })
  @ApiResponse({ status: 400, description: 'Unknown role' })
  @ApiResponse({ status: 404, description: 'No such account' })
  @ApiResponse({ status: 409, description: 'Last admin, or account erased' })
  changeRole(
    @CurrentUser() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: ChangeRoleDto,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<AdminUserItem> {
    return this.adminUsers.changeRole(actor, id, body.role, preferredLanguage(acceptLanguage));
  }

  @Post(':id/ban')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Ban an account',
    description: 'The user keeps reading but can neither log in nor write; every refresh token is revoked.',
  })
  @ApiResponse({ status: 200, description: 'The account after the ban' })
  @ApiResponse({ status: 400, description: 'Missing or too long reason' })
  @ApiResponse({ status: 404, description: 'No such account' })
  @ApiResponse({ status: 409, description: 'Already banned, or account erased' })
  ban(
    @CurrentUser() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: SanctionReasonDto,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<AdminUserItem> {
    return this.adminUsers.ban(actor, id, body.reason, preferredLanguage(acceptLanguage));
  }

  @Post(':id/unban')
  @HttpCode(200)
  @ApiOperation({ summary: 'Lift a ban' })
  @ApiResponse({ status: 200, description: 'The account after the change' })
  @ApiResponse({ status: 400, description: 'Missing or too long reason' })
  @ApiResponse({ status: 404, description: 'No such account' })
  @ApiResponse({ status: 409, description: 'Not banned, or account erased' })
  unban(
    @CurrentUser() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: SanctionReasonDto,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<AdminUserItem> {
    return this.adminUsers.unban(actor, id, body.reason, preferredLanguage(acceptLanguage));
  }

  @Post(':id/anonymize')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Erase an account on request',
    description:
      'Username, email, display name, bio, password and tokens are gone; posts stay under a neutral name; the ' +
      'account can never log in again. The audit entry keeps the account id only.',
  })
  @ApiResponse({ status: 200, description: 'The erased account, as the console now shows it' })
  @ApiResponse({ status: 404, description: 'No such account' })
  @ApiResponse({ status: 409, description: 'Already erased, or last admin' })
  anonymize(
    @CurrentUser() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<AdminUserItem> {
    return this.adminUsers.anonymize(actor, id, preferredLanguage(acceptLanguage));
  }
}
