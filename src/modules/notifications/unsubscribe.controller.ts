import { Controller, HttpCode, Inject, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AllowInactive, Public } from '../../common/auth/decorators.js';
import { badRequest, conflict } from '../../common/errors/problem.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { PreferencesDto } from './dto/preferences.dto.js';
import './notifications.messages.js';
import { PreferencesService, type MailKind } from './preferences.service.js';
import { unsubscribeKey, verifyUnsubscribeToken } from './unsubscribe-token.js';

const PREFERENCE_OF: Record<MailKind, keyof PreferencesDto> = {
  reply: 'emailOnReply',
  mention: 'emailOnMention',
  reportResolved: 'emailOnReportResolved',
  moderation: 'emailOnModeration',
};

class UnsubscribeResultDto {
  @ApiProperty({ description: 'The kind of mail turned off', example: 'emailOnReply' }) kind: string;
  @ApiProperty({ type: PreferencesDto }) preferences: PreferencesDto;
}

/**
 * One-click unsubscribe (RFC 8058): mail clients POST the List-Unsubscribe URL
 * with the body `List-Unsubscribe=One-Click`, which is accepted and ignored —
 * the signed token says who and which kind of mail.
 */
@ApiTags('notifications')
@Controller('unsubscribe')
export class UnsubscribeController {
  private readonly key: Buffer;

  constructor(
    private readonly dataSource: DataSource,
    private readonly preferences: PreferencesService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.key = unsubscribeKey(config.JWT_SECRET);
  }

  @Post()
  @HttpCode(200)
  @Public()
  @AllowInactive() // the token decides; a suspended or banned account may still stop its mail
  @ApiQuery({ name: 'token', required: true, description: "From a mail's List-Unsubscribe link" })
  @ApiOperation({
    operationId: 'unsubscribe',
    summary: 'Turn off the kind of mail the link came with (one click, no sign-in)',
    description: 'RFC 8058 one-click: the token from the mail, in the query string; the body is ignored.',
  })
  @ApiResponse({ status: 200, type: UnsubscribeResultDto, description: 'That kind of mail is off' })
  @ApiResponse({ status: 400, description: 'Missing, forged or expired token (nothing changed)' })
  @ApiResponse({ status: 409, description: 'That kind of mail is already off: the link was used (nothing changed)' })
  async unsubscribe(@Query('token') token: unknown): Promise<{ kind: MailKind; preferences: PreferencesDto }> {
    const claim = verifyUnsubscribeToken(this.key, token, Math.floor(Date.now() / 1000));
    if (!claim)
      throw badRequest('validation.failed', {}, [{ field: 'token', code: 'notifications.unsubscribe_invalid' }]);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.preferences.getFor(manager, claim.userId);
      if (!current)
        throw badRequest('validation.failed', {}, [{ field: 'token', code: 'notifications.unsubscribe_invalid' }]);
      if (!current[PREFERENCE_OF[claim.kind]]) throw conflict('notifications.already_unsubscribed');
      return { kind: claim.kind, preferences: await this.preferences.turnOff(manager, claim.userId, claim.kind) };
    });
  }
}
