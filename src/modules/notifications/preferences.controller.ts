import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AllowInactive, Authenticated, CurrentUser, type Actor } from '../../common/auth/decorators.js';
import { PreferencesDto, UpdatePreferencesDto } from './dto/preferences.dto.js';
import { PreferencesService } from './preferences.service.js';

@ApiTags('notifications')
@Controller('me/preferences')
export class PreferencesController {
  constructor(private readonly preferences: PreferencesService) {}

  @Get()
  @Authenticated()
  @ApiOperation({
    operationId: 'getMyPreferences',
    summary: 'My mail preferences (each true unless turned off)',
    description: 'Mail on a reply, a mention, a resolved error report, a moderation decision.',
  })
  @ApiResponse({ status: 200, type: PreferencesDto })
  @ApiResponse({ status: 401 })
  get(@CurrentUser() actor: Actor): Promise<PreferencesDto> {
    return this.preferences.get(actor.id);
  }

  @Put()
  @Authenticated()
  @AllowInactive() // a suspended or banned account may still stop its mail
  @ApiOperation({
    operationId: 'updateMyPreferences',
    summary: 'Change my mail preferences (the switches sent; the others keep their value)',
    description: 'Allowed to suspended and banned accounts too (they may still stop their mail).',
  })
  @ApiResponse({ status: 200, type: PreferencesDto })
  @ApiResponse({ status: 400, description: 'An unknown key or a value that is not a boolean' })
  @ApiResponse({ status: 401 })
  update(@CurrentUser() actor: Actor, @Body() body: UpdatePreferencesDto): Promise<PreferencesDto> {
    return this.preferences.update(actor.id, body);
  }
}
