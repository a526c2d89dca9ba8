import { Body, Controller, Delete, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AllowInactive, Authenticated, CurrentUser, type Actor } from '../../common/auth/decorators.js';
import { RecoveryCodesResponseDto, TwoFactorCodeDto, TwoFactorSetupResponseDto } from './dto/two-factor.dto.js';
import { TwoFactorService } from './two-factor.service.js';
import './two-factor.messages.js';

/** Securing one's own account stays open to suspended and banned accounts, like changing the password. */
@ApiTags('accounts')
@Controller('me/2fa')
export class TwoFactorController {
  constructor(private readonly twoFactor: TwoFactorService) {}

  @Post('setup')
  @HttpCode(200)
  @Authenticated()
  @AllowInactive()
  @ApiOperation({
    operationId: 'setupTwoFactor',
    summary: 'Start two-factor authentication: a new TOTP secret, shown once',
    description:
      'A base32 secret and its otpauth:// URL (TOTP RFC 6238, SHA-1, 6 digits, 30 s). May be repeated until enabled; ' +
      'each call replaces the pending secret.',
  })
  @ApiResponse({ status: 200, type: TwoFactorSetupResponseDto })
  @ApiResponse({ status: 401, description: 'Not signed in' })
  @ApiResponse({ status: 409, description: 'Already enabled (auth.two_factor_already_enabled)' })
  async setup(@CurrentUser() actor: Actor): Promise<TwoFactorSetupResponseDto> {
    return this.twoFactor.setup(actor);
  }

  @Post('enable')
  @HttpCode(200)
  @Authenticated()
  @AllowInactive()
  @ApiOperation({
    operationId: 'enableTwoFactor',
    summary: 'Turn two-factor authentication on with a first code; returns ten recovery codes',
    description: 'From then on, POST /api/auth/login needs `otp` (a current code or an unused recovery code).',
  })
  @ApiResponse({ status: 200, type: RecoveryCodesResponseDto })
  @ApiResponse({ status: 400, description: 'No code' })
  @ApiResponse({ status: 401, description: 'Not signed in' })
  @ApiResponse({ status: 409, description: 'Not set up, or already enabled' })
  @ApiResponse({ status: 422, description: 'Wrong or already used code (auth.otp_invalid, field code)' })
  async enable(@CurrentUser() actor: Actor, @Body() body: TwoFactorCodeDto): Promise<RecoveryCodesResponseDto> {
    return { recoveryCodes: await this.twoFactor.enable(actor, body.code) };
  }

  @Delete()
  @HttpCode(204)
  @Authenticated()
  @AllowInactive()
  @ApiOperation({
    operationId: 'disableTwoFactor',
    summary: 'Turn two-factor authentication off with a current code or a recovery code',
    description: 'The secret and the recovery codes are deleted.',
  })
  @ApiResponse({ status: 204 })
  @ApiResponse({ status: 401, description: 'Not signed in' })
  @ApiResponse({ status: 409, description: 'Not enabled (auth.two_factor_not_enabled)' })
  @ApiResponse({ status: 422, description: 'Wrong or already used code (auth.otp_invalid, field code)' })
  async disable(@CurrentUser() actor: Actor, @Body() body: TwoFactorCodeDto): Promise<void> {
    await this.twoFactor.disable(actor, body.code);
  }
}
