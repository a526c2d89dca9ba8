import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth/decorators.js';
import { ApiProblems } from '../../common/openapi/api-problems.decorator.js';
import { RateLimit } from '../../platform/rate-limit/rate-limit.decorator.js';
import type { Session } from './auth.service.js';
import { SessionDto } from './dto/auth.responses.js';
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
    operationId: 'signInWithSso',
    summary: "Trade the news site's signed sign-in token for a session",
    description:
      'The token is a JWT signed with SSO_SECRET (HS256) or the key of SSO_PUBLIC_KEY (RS256/ES256), with `iss` = SSO_ISSUER, ' +
      '`sub`, `jti` (single use), `exp` at most 10 minutes ahead, optional `email`, `email_verified`, `name`. ' +
      'The account is linked by (iss, sub) and created on first use; roles never come from the token.',
  })
  @ApiOkResponse({ type: SessionDto, description: 'Signed in (the account created on first use)' })
  @ApiProblems({
    400: 'No token',
    401:
      'Refused token; `code` names the reason: auth.sso_malformed, auth.sso_alg_none, auth.sso_alg_not_allowed, ' +
      'auth.sso_bad_signature, auth.sso_wrong_issuer, auth.sso_expired, auth.sso_exp_too_far, auth.sso_iat_in_future, ' +
      'auth.sso_claim_missing, auth.sso_claim_invalid, auth.sso_replayed',
    403: 'The linked account is banned or suspended',
    404: 'SSO is not configured',
  })
  signIn(@Body() body: SsoSignInDto): Promise<Session> {
    return this.sso.signIn(body.token);
  }
}
