import { Body, Controller, Get, Param, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ActiveUser, Authenticated, CurrentUser, Public, type Actor } from '../../common/auth/decorators.js';
import { ProblemError } from '../../common/errors/problem.js';
import { ApiProblems } from '../../common/openapi/api-problems.decorator.js';
import { UpdateMeDto } from './dto/users.dto.js';
import { AccountExportDto, PrivateProfileDto, PublicProfileDto } from './dto/users.responses.js';
import { toPrivateProfile, toPublicProfile, type PrivateProfile, type PublicProfile } from './users.mapper.js';
import { UsersRepository } from './users.repository.js';
import { UsersService } from './users.service.js';

@ApiTags('accounts')
/** My profile and its export, and public profiles. (Password change and erasure: auth's AccountController.) */
@Controller()
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly dataSource: DataSource,
  ) {}

  @Get('me')
  @Authenticated()
  @ApiOperation({
    operationId: 'getMe',
    summary: 'My private profile',
    description: 'Readable whatever the account status (a suspended or banned user still reads their own data).',
  })
  @ApiOkResponse({ type: PrivateProfileDto })
  async me(@CurrentUser() actor: Actor): Promise<PrivateProfile> {
    return toPrivateProfile(await this.users.getById(actor.id));
  }

  @Patch('me')
  @ActiveUser()
  @ApiOperation({
    operationId: 'updateMe',
    summary: 'Edit my display name and bio',
    description:
      'Any subset of {displayName, bio}; an empty body changes nothing. Active accounts only. displayName is stored ' +
      'NFKC-normalized; invisible, control and direction-override characters, an empty-looking name or a word mixing ' +
      'Latin, Cyrillic or Greek letters (users.display_name_mixed_scripts) are 400; a ' +
      'reader’s name reading as a staff member’s display name or username, or as a reserved word, is 422.',
  })
  @ApiOkResponse({ type: PrivateProfileDto, description: 'The profile after the change' })
  @ApiProblems({ 422: 'displayName reserved: it reads as a staff member’s name or a reserved word' })
  async updateMe(@CurrentUser() actor: Actor, @Body() body: UpdateMeDto): Promise<PrivateProfile> {
    const changes: { displayName?: string; bio?: string } = {};
    if (body.displayName !== undefined)
      changes.displayName = await this.users.checkDisplayName(body.displayName, actor);
    if (body.bio !== undefined) changes.bio = body.bio;
    await UsersRepository.updateProfile(this.dataSource.manager, actor.id, changes);
    return toPrivateProfile(await this.users.getById(actor.id));
  }

  @Get('me/export')
  @Authenticated()
  @ApiOperation({
    operationId: 'exportMe',
    summary: 'Every datum held about me, as JSON',
    description:
      'Account, posts with their bodies, revisions, votes, flags, ballots, error reports, notifications, sessions.',
  })
  @ApiOkResponse({ type: AccountExportDto })
  exportMe(@CurrentUser() actor: Actor): Promise<Record<string, unknown>> {
    return this.users.exportData(actor.id);
  }

  @Get('users/:username')
  @Public()
  @ApiOperation({
    operationId: 'getUserProfile',
    summary: 'Public profile of a user',
    description: 'Never the email. An erased account is 404.',
  })
  @ApiOkResponse({ type: PublicProfileDto })
  async publicProfile(@Param('username') username: string): Promise<PublicProfile> {
    if (!/^[A-Za-z0-9_.-]{3,32}$/.test(username)) throw new ProblemError(404, 'http.not_found');
    return toPublicProfile(await this.users.findPublicByUsername(username));
  }
}
