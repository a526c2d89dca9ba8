import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { ProblemError, forbidden, unauthorized, unprocessable } from '../../common/errors/problem.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { sqlRows } from '../../database/sql.js';
import { MailService } from '../../platform/mail/mail.service.js';
import { RateLimitService } from '../../platform/rate-limit/rate-limit.service.js';
import type { User } from '../users/entities/user.entity.js';
import { effectiveStatus, toPrivateProfile, type PrivateProfile } from '../users/users.mapper.js';
import { UsersRepository } from '../users/users.repository.js';
import { UsersService } from '../users/users.service.js';
import {
  dummyPasswordHash,
  hashPassword,
  isCommonPassword,
  verifyPassword,
} from '../../platform/passwords/passwords.js';
import type { RevokedReason } from './entities/refresh-token.entity.js';
import { REVOKE, SessionsRepository } from './sessions.repository.js';
import { hashToken, newOpaqueToken } from './tokens.js';
import { EmailVerificationService } from './email-verification.service.js';
import type { Language } from '../../common/i18n/messages.js';
import { TwoFactorService } from './two-factor.service.js';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

export interface Session extends TokenPair {
  user: PrivateProfile;
}

export interface AccessTokenPayload {
  sub: string;
  typ: 'access';
}

const RESET_TOKEN_TTL_MS = 3_600_000;

/** What a revoked (never used) refresh token answers, by why it was revoked. */
const SESSION_ENDED: Record<RevokedReason, string> = {
  logout: 'auth.session_logged_out',
  password_reset: 'auth.session_password_reset',
  password_change: 'auth.session_password_changed',
  ban: 'auth.session_ended_by_sanction',
  reuse: 'auth.session_revoked_reuse',
};

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    private readonly mail: MailService,
    private readonly verification: EmailVerificationService,
    private readonly rateLimits: RateLimitService,
    private readonly twoFactor: TwoFactorService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  ensurePasswordAcceptable(password: string, field = 'password'): void {
    if (isCommonPassword(password)) {
      throw new ProblemError(400, 'validation.failed', {}, [{ field, code: 'auth.password_too_common' }]);
    }
  }

  async register(
    input: { username: string; email: string; password: string; displayName?: string },
    language: Language = 'en',
  ): Promise<Session> {
    this.ensurePasswordAcceptable(input.password);
    const user = await this.users.create(input);
    await this.verification.send(user, language);
    return this.startSession(user);
  }

  /**
   * Checks a login and password. Unknown user and wrong password give the same
   * 401 after the same amount of hashing work; banned and suspended accounts are
   * told why (403) only once the password proved who they are (and the second
   * factor, when the account has one: 401 `auth.otp_required` without it).
   */
  async validateLogin(login: string, password: string, otp?: string): Promise<User> {
    const user = await this.users.findByLoginWithPassword(login.trim());
    if (!user || !user.passwordHash) {
      await verifyPassword(await dummyPasswordHash(), password);
      throw unauthorized('auth.invalid_credentials');
    }
    if (!(await verifyPassword(user.passwordHash, password))) throw unauthorized('auth.invalid_credentials');
    await this.twoFactor.checkLogin(user.id, otp);
    this.ensureMayLogIn(user);
    return user;
  }

  /**
   * A banned account may not sign in (403 with the reason). A suspended one may:
   * it reads, its profile says until when and why, and its writes are refused
   * (403 naming the date) until the suspension ends.
   */
  ensureMayLogIn(user: User): void {
    const status = effectiveStatus(user.status, user.suspendedUntil);
    if (status === 'banned') throw forbidden('auth.account_banned', { reason: user.sanctionReason ?? '—' });
  }

  async startSession(user: User, familyId: string = randomUUID()): Promise<Session> {
    const pair = await this.issueTokens(user.id, familyId);
    return { user: toPrivateProfile(user), ...pair };
  }

  private async issueTokens(userId: string, familyId: string): Promise<TokenPair> {
    const refreshToken = newOpaqueToken();
    await this.dataSource.query(
      `INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at) VALUES ($1, $2, $3, now() + make_interval(secs => $4))`,
      [userId, familyId, hashToken(refreshToken), this.config.REFRESH_TTL_SECONDS],
    );
    const payload: AccessTokenPayload = { sub: userId, typ: 'access' };
    const accessToken = await this.jwt.signAsync(payload);
    return { accessToken, refreshToken, expiresIn: this.config.JWT_ACCESS_TTL_SECONDS };
  }

  /**
   * Rotates a refresh token. Marking it used is one conditional UPDATE, so two
   * concurrent uses cannot both succeed; a token that was already used revokes its
   * whole family, since it has evidently been stolen. One that no longer works
   * says why (signed out, password reset or changed, account banned, family revoked).
   */
  async refresh(refreshToken: string): Promise<Session> {
    const tokenHash = hashToken(refreshToken);
    const rotated = await sqlRows<{ user_id: string; family_id: string }>(
      this.dataSource,
      `UPDATE refresh_tokens SET used_at = now()
        WHERE token_hash = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()
        RETURNING user_id, family_id`,
      [tokenHash],
    );
    if (rotated.length === 0) throw await this.refusedRefresh(tokenHash);
    const { user_id: userId, family_id: familyId } = rotated[0];
    const user = await this.users.findById(userId);
    if (!user || user.anonymizedAt) throw unauthorized('auth.invalid_token');
    this.ensureMayLogIn(user);
    return this.startSession(user, familyId);
  }

  /** Why a refresh token was refused: the one error to answer with. */
  private async refusedRefresh(tokenHash: string): Promise<ProblemError> {
    const [token] = await sqlRows<{ user_id: string; used: boolean; revoked_reason: RevokedReason | null }>(
      this.dataSource,
      `SELECT user_id, used_at IS NOT NULL AS used, revoked_reason FROM refresh_tokens
        WHERE token_hash = $1 AND (used_at IS NOT NULL OR revoked_at IS NOT NULL OR expires_at > now())`,
      [tokenHash],
    );
    if (!token) return unauthorized('auth.invalid_token');
    if (token.used) {
      await this.dataSource.query(
        `UPDATE refresh_tokens SET ${REVOKE} WHERE family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = $1)`,
        [tokenHash, 'reuse'],
      );
      return unauthorized('auth.refresh_reused');
    }
    const user = await this.users.findById(token.user_id);
    if (user && !user.anonymizedAt) {
      try {
        this.ensureMayLogIn(user);
      } catch (error) {
        return error as ProblemError;
      }
    }
    return unauthorized(token.revoked_reason ? SESSION_ENDED[token.revoked_reason] : 'auth.invalid_token');
  }

  /** Ends the session the refresh token belongs to (its whole family). Unknown tokens are fine: 204 anyway. */
  async logout(refreshToken: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE refresh_tokens SET ${REVOKE} WHERE family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = $1)`,
      [hashToken(refreshToken), 'logout'],
    );
  }

  async revokeAllSessions(userId: string, exceptFamilyId?: string): Promise<void> {
    await SessionsRepository.revokeAll(this.dataSource, userId, 'password_change', exceptFamilyId ?? null);
  }

  /**
   * Always succeeds from the caller's point of view (no account enumeration).
   * The link is built from PUBLIC_URL, never from the request's Host header.
   */
  async forgotPassword(email: string): Promise<void> {
    if (!(await this.mayMailResetTo(email))) return;
    const [user]: Array<{ id: string; email: string; display_name: string | null }> = await this.dataSource.query(
      `SELECT id, email, display_name FROM users WHERE email = $1 AND anonymized_at IS NULL AND status <> 'banned'`,
      [email.trim()],
    );
    if (!user) return;
    const token = newOpaqueToken();
    await this.dataSource.query(
      `INSERT INTO password_reset_tokens (user_id, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(secs => $3))`,
      [user.id, hashToken(token), RESET_TOKEN_TTL_MS / 1000],
    );
    const link = new URL(`/reset-password?token=${encodeURIComponent(token)}`, this.config.PUBLIC_URL).toString();
    await this.mail.send({
      to: user.email,
      subject: 'Tribune : réinitialisation du mot de passe / password reset',
      text:
        `Bonjour ${user.display_name ?? ''},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien (valable une heure, une seule fois) :\n${link}\n\n` +
        `To choose a new password, open this link (valid for one hour, once):\n${link}\n\n` +
        `Si vous n'avez rien demandé, ignorez ce message. / If you did not ask, ignore this message.\n`,
    });
  }

  /**
   * The per-address limit (the per-IP one is the route's): past `forgotPerHour` requests
   * for one mailbox in an hour, from however many IPs, no more mail goes out. The answer
   * stays 202, so the limit tells nothing about whether the address has an account.
   */
  private async mayMailResetTo(email: string): Promise<boolean> {
    try {
      await this.rateLimits.consume('forgotPerHour', `email:${email.trim().toLowerCase()}`);
      return true;
    } catch (error) {
      if (error instanceof ProblemError && error.getStatus() === 429) return false;
      throw error;
    }
  }

  /** Consumes a reset token atomically, sets the password, and revokes every session. */
  async resetPassword(token: string, password: string): Promise<void> {
    this.ensurePasswordAcceptable(password);
    const passwordHash = await hashPassword(password);
    await this.dataSource.transaction(async (manager) => {
      const consumed = await sqlRows<{ user_id: string }>(
        manager,
        `UPDATE password_reset_tokens SET used_at = now()
          WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id`,
        [hashToken(token)],
      );
      if (consumed.length === 0)
        throw unprocessable('auth.reset_invalid', {}, [{ field: 'token', code: 'auth.reset_invalid' }]);
      const userId = consumed[0].user_id;
      await UsersRepository.setPasswordHash(manager, userId, passwordHash);
      await SessionsRepository.revokeAll(manager, userId, 'password_reset');
      await manager.query(`UPDATE password_reset_tokens SET used_at = coalesce(used_at, now()) WHERE user_id = $1`, [
        userId,
      ]);
    });
  }

  async changePassword(
    userId: string,
    currentPassword: string,
    newPassword: string,
    keepFamilyId?: string,
  ): Promise<void> {
    const currentHash = await this.users.getPasswordHash(userId);
    if (!currentHash || !(await verifyPassword(currentHash, currentPassword))) {
      throw new ProblemError(422, 'auth.wrong_password', {}, [
        { field: 'currentPassword', code: 'auth.wrong_password' },
      ]);
    }
    this.ensurePasswordAcceptable(newPassword, 'newPassword');
    const passwordHash = await hashPassword(newPassword);
    await UsersRepository.setPasswordHash(this.dataSource, userId, passwordHash);
    await this.revokeAllSessions(userId, keepFamilyId);
  }
}
