import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ActiveUser, CurrentUser, Roles, type Actor } from '../../common/auth/decorators.js';
import { ApiProblems } from '../../common/openapi/api-problems.decorator.js';
import './admin.messages.js';
import { SettingsPatchDto } from './dto/admin.dto.js';
import { LiveSettingsDto } from './dto/admin.responses.js';
import { SettingsService, type LiveSettings } from '../../platform/settings/settings.service.js';
import { ProblemError } from '../../common/errors/problem.js';
import { TwoFactorService } from '../auth/two-factor.service.js';

@ApiTags('admin')
@Roles('admin')
@ActiveUser()
@ApiProblems({ 403: 'Not an active admin' })
@Controller('admin/settings')
export class AdminSettingsController {
  constructor(
    private readonly settings: SettingsService,
    private readonly twoFactor: TwoFactorService,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'getSettings',
    summary: 'The live settings',
    description:
      'Effective values: environment defaults overlaid by stored values. Rate limits are per window, before ' +
      'RATE_LIMIT_FACTOR is applied.',
  })
  @ApiOkResponse({ type: LiveSettingsDto })
  get(): Promise<LiveSettings> {
    return this.settings.fresh();
  }

  @Patch()
  @ApiOperation({
    operationId: 'updateSettings',
    summary: 'Change live settings',
    description:
      'Any subset (rateLimits may be partial). Stored in the database, audited (settings.update, before → after) ' +
      'and effective at once on every instance (PostgreSQL NOTIFY), no restart.',
  })
  @ApiOkResponse({ type: LiveSettingsDto, description: 'The effective settings after the change' })
  @ApiProblems({
    400: 'Out-of-range value or unknown key, naming the field',
    422: 'requireStaffTwoFactor: true by an admin without 2FA (admin.two_factor_first)',
  })
  async update(@CurrentUser() actor: Actor, @Body() body: SettingsPatchDto): Promise<LiveSettings> {
    const hasChange =
      body.flagHideThreshold !== undefined ||
      body.premoderateFirstPosts !== undefined ||
      body.editWindowMinutes !== undefined ||
      body.requireStaffTwoFactor !== undefined ||
      (body.rateLimits !== undefined && Object.values(body.rateLimits).some((value) => value !== undefined));
    if (!hasChange) return this.settings.fresh();
    // Requiring 2FA of staff while having none would lock this admin out of the very setting.
    if (body.requireStaffTwoFactor === true && !(await this.twoFactor.isEnabled(actor.id))) {
      throw new ProblemError(422, 'admin.two_factor_first', {}, [
        { field: 'requireStaffTwoFactor', code: 'admin.two_factor_first' },
      ]);
    }
    return this.settings.update(actor, {
      flagHideThreshold: body.flagHideThreshold,
      premoderateFirstPosts: body.premoderateFirstPosts,
      editWindowMinutes: body.editWindowMinutes,
      requireStaffTwoFactor: body.requireStaffTwoFactor,
      rateLimits: body.rateLimits ? { ...body.rateLimits } : undefined,
    });
  }
}
