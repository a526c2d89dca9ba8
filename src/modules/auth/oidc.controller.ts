import { Body, Controller, Get, HttpCode, Inject, Logger, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../common/auth/decorators.js';
import { ProblemError, badRequest } from '../../common/errors/problem.js';
import { readCookie, serializeCookie } from '../../common/http/cookies.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { RateLimit } from '../../platform/rate-limit/rate-limit.decorator.js';
import type { Session } from './auth.service.js';
import { SessionDto } from './dto/auth.responses.js';
import { OidcExchangeDto, OidcLoginQueryDto } from './dto/oidc.dto.js';
import { OIDC_COOKIE, OIDC_COOKIE_PATH, OidcService } from './oidc.service.js';
import './oidc.messages.js';

@ApiTags('auth')
@Controller('auth/oidc')
export class OidcController {
  private readonly logger = new Logger('OidcController');

  constructor(
    private readonly oidc: OidcService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('login')
  @Public()
  @RateLimit('loginPerMinute')
  @ApiOperation({
    operationId: 'startOidcLogin',
    summary: 'Start an OpenID Connect login (authorization code + PKCE, state, nonce)',
    description:
      'Redirects to the provider of OIDC_ISSUER_URL and sets an encrypted, HttpOnly, 10-minute cookie that ' +
      'binds the attempt to this browser. Open it in a popup or a full-page navigation.',
  })
  @ApiResponse({
    status: 302,
    description: "To the provider's authorization endpoint",
    headers: { Location: { description: 'Where to go', schema: { type: 'string', format: 'uri' } } },
  })
  @ApiResponse({ status: 400, description: 'returnTo is not a page of this site or of CORS_ORIGINS' })
  @ApiResponse({ status: 404, description: 'OIDC is not configured' })
  @ApiResponse({ status: 503, description: 'The provider could not be reached for discovery' })
  async login(@Query() query: OidcLoginQueryDto, @Res() reply: FastifyReply): Promise<void> {
    const { location, cookie } = await this.oidc.start(query.returnTo);
    reply.header('Set-Cookie', this.loginCookie(cookie, 600));
    void reply.redirect(location, 302);
  }

  @Get('callback')
  @Public()
  @ApiOperation({
    operationId: 'completeOidcLogin',
    summary: "The provider's redirect back: links the account by (iss, sub), returns to the page with a code",
    description:
      'Redirects to the page given at login with `#tribune_code=…` (single use, 60 s; trade it with POST ' +
      '/api/auth/oidc/exchange), or `#tribune_error=…` when the provider or the checks refused.',
  })
  @ApiResponse({
    status: 302,
    description: 'Back to the page, with tribune_code or tribune_error in the fragment',
    headers: { Location: { description: 'Where to go', schema: { type: 'string', format: 'uri' } } },
  })
  @ApiResponse({ status: 400, description: 'No login in progress in this browser (cookie missing or expired)' })
  @ApiResponse({ status: 404, description: 'OIDC is not configured' })
  async callback(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    if (!this.oidc.enabled) throw new ProblemError(404, 'auth.oidc_disabled');
    const pending = this.oidc.readPending(readCookie(request.headers, OIDC_COOKIE));
    if (!pending) throw badRequest('auth.oidc_no_login');
    reply.header('Set-Cookie', this.loginCookie('', 0));
    const currentUrl = new URL(request.url, this.config.PUBLIC_URL);
    let location: string;
    try {
      location = await this.oidc.finish(pending, currentUrl);
    } catch (error) {
      const reason = error instanceof ProblemError ? error.code : 'auth.oidc_failed';
      if (!(error instanceof ProblemError)) this.logger.warn(`OIDC callback refused: ${String(error)}`);
      location = this.oidc.failureRedirect(pending, reason);
    }
    void reply.redirect(location, 302);
  }

  @Post('exchange')
  @HttpCode(200)
  @Public()
  @RateLimit('loginPerMinute')
  @ApiOperation({
    operationId: 'exchangeOidcCode',
    summary: 'Trade the one-time code from the callback for a session',
    description: 'The `tribune_code` of the callback, once, within 60 s.',
  })
  @ApiResponse({ status: 200, type: SessionDto, description: 'Signed in' })
  @ApiResponse({ status: 401, description: 'Unknown, expired or already used code (auth.oidc_code_invalid)' })
  @ApiResponse({ status: 403, description: 'The account is banned or suspended' })
  @ApiResponse({ status: 404, description: 'OIDC is not configured' })
  exchange(@Body() body: OidcExchangeDto): Promise<Session> {
    return this.oidc.exchange(body.code);
  }

  /** The login cookie with `value` for `maxAge` seconds (0 deletes it). */
  private loginCookie(value: string, maxAge: number): string {
    return serializeCookie(OIDC_COOKIE, value, {
      httpOnly: true,
      // Lax: the provider's redirect back is a top-level GET from another site, which Lax lets through.
      sameSite: 'Lax',
      secure: new URL(this.config.PUBLIC_URL).protocol === 'https:',
      path: OIDC_COOKIE_PATH,
      maxAge,
    });
  }
}
