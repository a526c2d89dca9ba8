import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { AllowInactive, Authenticated, CurrentUser, Public, type Actor } from '../../common/auth/decorators.js';
import { ApiProblems } from '../../common/openapi/api-problems.decorator.js';
import { preferredLanguage } from '../../common/i18n/messages.js';
import { PreferencesService } from '../notifications/preferences.service.js';
import { RateLimit } from '../../platform/rate-limit/rate-limit.decorator.js';
import type { User } from '../users/entities/user.entity.js';
import { AuthService, type Session } from './auth.service.js';
import {
  ForgotPasswordDto,
  LoginDto,
  RefreshDto,
  RegisterDto,
  ResetPasswordDto,
  VerifyEmailDto,
} from './dto/auth.dto.js';
import { EmailVerificationService } from './email-verification.service.js';
import { SessionDto } from './dto/auth.responses.js';
import { LocalAuthGuard } from './local-auth.guard.js';
import './auth.messages.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly preferences: PreferencesService,
    private readonly verification: EmailVerificationService,
  ) {}

  /** Mails follow the language of the user's last sign-in (their Accept-Language). */
  private async remembered(request: FastifyRequest, session: Session): Promise<Session> {
    const header = request.headers['accept-language'];
    await this.preferences.rememberLanguage(session.user.id, header, preferredLanguage(header));
    return session;
  }

  @Post('register')
  @Public()
  @RateLimit('registerPerHour')
  @ApiOperation({
    operationId: 'register',
    summary: 'Create an account',
    description:
      'username: 3–32 of `[A-Za-z0-9_.-]`, unique ignoring case; email unique ignoring case; password ≥ 10 characters. ' +
      'displayName is stored NFKC-normalized; invisible, control and direction-override characters, an empty-looking ' +
      'name or a word mixing Latin, Cyrillic or Greek letters (users.display_name_mixed_scripts) are 400, a name reading as a staff member’s or a reserved word ("Modération") is 422. ' +
      'Answers a signed-in session. Rate-limited per IP (registerPerHour).',
  })
  @ApiCreatedResponse({ type: SessionDto, description: 'The new account, signed in' })
  @ApiProblems({
    409: 'Username or email already taken',
    422: 'displayName reserved: it reads as a staff member’s name or a reserved word',
  })
  async register(@Body() body: RegisterDto, @Req() request: FastifyRequest): Promise<Session> {
    return this.remembered(
      request,
      await this.auth.register(body, preferredLanguage(request.headers['accept-language'])),
    );
  }

  @Post('login')
  @HttpCode(200)
  @Public()
  @RateLimit('loginPerMinute')
  @UseGuards(LocalAuthGuard)
  @ApiOperation({
    operationId: 'login',
    summary: 'Log in with username or email',
    description:
      'One answer (401) for an unknown login and a wrong password. Rate-limited per IP and per login (loginPerMinute).',
  })
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ type: SessionDto, description: 'Signed in' })
  @ApiProblems(400, { 401: 'Wrong login or password', 403: 'Account banned or suspended' })
  async login(@Req() request: FastifyRequest & { user: User }): Promise<Session> {
    return this.remembered(request, await this.auth.startSession(request.user));
  }

  @Post('refresh')
  @HttpCode(200)
  @Public()
  @ApiOperation({
    operationId: 'refreshSession',
    summary: 'Rotate a refresh token',
    description:
      'Answers a new pair; the token sent is spent. A refresh token used twice revokes its whole family (401).',
  })
  @ApiOkResponse({ type: SessionDto, description: 'A new pair, with the account' })
  @ApiProblems({ 401: 'Invalid, expired, revoked or reused refresh token' })
  async refresh(@Body() body: RefreshDto, @Req() request: FastifyRequest): Promise<Session> {
    return this.remembered(request, await this.auth.refresh(body.refreshToken));
  }

  @Post('email/verify')
  @HttpCode(204)
  @Public()
  @ApiOperation({
    operationId: 'verifyEmail',
    summary: 'Confirm my e-mail address with the token mailed at registration',
    description: 'The token is single use; with REQUIRE_VERIFIED_EMAIL=true an unverified account cannot post.',
  })
  @ApiNoContentResponse({ description: 'Verified (GET /api/me shows emailVerified: true)' })
  @ApiProblems({
    400: 'Missing or malformed token',
    422: 'Unknown, used or expired token (nothing changed)',
  })
  async verifyEmail(@Body() body: VerifyEmailDto): Promise<void> {
    await this.verification.verify(body.token);
  }

  @Post('email/verify/resend')
  @HttpCode(204)
  @Authenticated()
  @RateLimit('verifyEmailPerHour')
  @ApiOperation({
    operationId: 'resendVerificationEmail',
    summary: 'Mail me a new link to confirm my e-mail address',
    description:
      'For a signed-in account whose address is not confirmed yet: one mail (in the language of Accept-Language), ' +
      'sent through the mail outbox after commit, with a new 48-hour single-use link; earlier links stay valid ' +
      'until they expire. Rate-limited per account and per IP (verifyEmailPerHour, RATE_LIMIT_VERIFY_EMAIL_PER_HOUR).',
  })
  @ApiNoContentResponse({ description: 'The mail is queued' })
  @ApiProblems({
    409: 'The address is already confirmed (auth.email_already_verified), or the account has none (auth.email_missing)',
    429: 'Too many requests for this account or from this IP in the last hour',
  })
  async resendVerification(@CurrentUser() actor: Actor, @Req() request: FastifyRequest): Promise<void> {
    await this.verification.resend(actor.id, preferredLanguage(request.headers['accept-language']));
  }

  @Post('logout')
  @HttpCode(204)
  @Public()
  @AllowInactive()
  @ApiOperation({
    operationId: 'logout',
    summary: 'End the session of a refresh token',
    description: 'Revokes the refresh token; an unknown or already revoked token also answers 204.',
  })
  @ApiNoContentResponse({ description: 'Signed out' })
  async logout(@Body() body: RefreshDto): Promise<void> {
    await this.auth.logout(body.refreshToken);
  }

  @Post('password/forgot')
  @HttpCode(202)
  @Public()
  @RateLimit('forgotPerHour')
  @ApiOperation({
    operationId: 'forgotPassword',
    summary: 'Mail a one-hour password reset link',
    description: 'Always 202, whether or not an account has this email (no account enumeration).',
  })
  @ApiAcceptedResponse({ description: 'A mail is on its way if an account has this address' })
  async forgot(@Body() body: ForgotPasswordDto): Promise<void> {
    await this.auth.forgotPassword(body.email);
  }

  @Post('password/reset')
  @HttpCode(204)
  @Public()
  @ApiOperation({
    operationId: 'resetPassword',
    summary: 'Set a new password with a reset token',
    description: 'The token from the mail (one hour, single use). Revokes every refresh token of the account.',
  })
  @ApiNoContentResponse({ description: 'Password changed' })
  @ApiProblems({ 422: 'Invalid, expired or already used token' })
  async reset(@Body() body: ResetPasswordDto): Promise<void> {
    await this.auth.resetPassword(body.token, body.password);
  }
}
