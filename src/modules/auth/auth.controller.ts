import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { AllowInactive, Public } from '../../common/auth/decorators.js';
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
  private async remembered(request: Request, session: Session): Promise<Session> {
    const header = request.headers['accept-language'];
    await this.preferences.rememberLanguage(session.user.id, header, preferredLanguage(header));
    return session;
  }

  @Post('register')
  @Public()
  @RateLimit('registerPerHour')
  @ApiOperation({ summary: 'Create an account' })
  @ApiResponse({ status: 201, description: '{user, accessToken, refreshToken}' })
  @ApiResponse({ status: 400, description: 'Invalid field' })
  @ApiResponse({ status: 409, description: 'Username or email taken' })
  @ApiResponse({ status: 429, description: 'Rate limited' })
  async register(@Body() body: RegisterDto, @Req() request: Request): Promise<Session> {
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
  @ApiOperation({ summary: 'Log in with username or email' })
  @ApiBody({ type: LoginDto })
  @ApiResponse({ status: 200, description: '{user, accessToken, refreshToken}' })
  @ApiResponse({ status: 401, description: 'Wrong login or password' })
  @ApiResponse({ status: 403, description: 'Banned or suspended' })
  @ApiResponse({ status: 429, description: 'Rate limited' })
  async login(@Req() request: Request & { user: User }): Promise<Session> {
    return this.remembered(request, await this.auth.startSession(request.user));
  }

  @Post('refresh')
  @HttpCode(200)
  @Public()
  @ApiOperation({ summary: 'Rotate a refresh token; reuse revokes the family' })
  @ApiResponse({ status: 200, description: 'New pair' })
  @ApiResponse({ status: 401, description: 'Invalid, expired or reused token' })
  async refresh(@Body() body: RefreshDto, @Req() request: Request): Promise<Session> {
    return this.remembered(request, await this.auth.refresh(body.refreshToken));
  }

  @Post('email/verify')
  @HttpCode(204)
  @Public()
  @ApiOperation({ summary: 'Confirm my e-mail address with the token mailed at registration' })
  @ApiResponse({ status: 204, description: 'Verified (GET /api/me shows emailVerified: true)' })
  @ApiResponse({ status: 400, description: 'Missing or malformed token' })
  @ApiResponse({ status: 422, description: 'Unknown, used or expired token (nothing changed)' })
  async verifyEmail(@Body() body: VerifyEmailDto): Promise<void> {
    await this.verification.verify(body.token);
  }

  @Post('logout')
  @HttpCode(204)
  @Public()
  @AllowInactive()
  @ApiOperation({ summary: 'End the session of a refresh token' })
  @ApiResponse({ status: 204 })
  async logout(@Body() body: RefreshDto): Promise<void> {
    await this.auth.logout(body.refreshToken);
  }

  @Post('password/forgot')
  @HttpCode(202)
  @Public()
  @RateLimit('forgotPerHour')
  @ApiOperation({ summary: 'Mail a one-hour reset link (always 202)' })
  @ApiResponse({ status: 202 })
  async forgot(@Body() body: ForgotPasswordDto): Promise<void> {
    await this.auth.forgotPassword(body.email);
  }

  @Post('password/reset')
  @HttpCode(204)
  @Public()
  @ApiOperation({ summary: 'Set a new password with a reset token; revokes every session' })
  @ApiResponse({ status: 204 })
  @ApiResponse({ status: 422, description: 'Invalid, expired or used token' })
  async reset(@Body() body: ResetPasswordDto): Promise<void> {
    await this.auth.resetPassword(body.token, body.password);
  }
}
