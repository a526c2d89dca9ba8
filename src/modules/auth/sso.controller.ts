import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth/decorators.js';
import { RateLimit } from '../../platform/rate-limit/rate-limit.decorator.js';
import type { Session } from './auth.service.js';
import { SsoSignInDto } from './dto/sso.dto.js';
import { SsoService } from './sso.service.js';
import './sso.messages.js';

@ApiTags('auth')
@Controller('auth')
export class SsoController {
  constructor(private readonly sso: SsoService) {}

  @Post('sso')
  @HttpCode(200)
  @Public()
  @RateLimit('loginPerMinute')
  @ApiOperation({
    summary: "Trade the news site's signed sign-in token for a session",
    description:
      'The token is a JWT signed with SSO_SECRET (HS256) or the key of SSO_PUBLIC_KEY (RS256/ES256), with `iss` = SSO_ISSUER, ' +
      '`sub`, `jti` (single use), `exp` at most 10 minutes ahead, optional `email`, `email_verified`, `name`. ' +
      'The account is linked by (iss, sub) and created on first use; roles never come from the token.',
  })
  @ApiResponse({ status: 200, description: '{user, accessToken, refreshToken}' })
  @ApiResponse({ status: 400, description: 'No token' })
  @ApiResponse({
    status: 401,
    description:
      'Refused token; `code` names the reason: auth.sso_malformed, auth.sso_alg_none, auth.sso_alg_not_allowed, ' +
      'auth.sso_bad_signature, auth.sso_wrong_issuer, auth.sso_expired, auth.sso_exp_too_far, auth.sso_iat_in_future, ' +
      'auth.sso_claim_missing, auth.sso_claim_invalid, auth.sso_replayed',
  })
  @ApiResponse({ status: 403, description: 'The linked account is banned or suspended' })
  @ApiResponse({ status: 404, description: 'SSO is not configured' })
  @ApiResponse({ status: 429, description: 'Rate limited' })
  signIn(@Body() body: SsoSignInDto): Promise<Session> {
    return this.sso.signIn(body.token);
  }
}
