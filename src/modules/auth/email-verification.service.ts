import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { conflict, unprocessable } from '../../common/errors/problem.js';
import type { Language } from '../../common/i18n/messages.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { sqlRows } from '../../database/sql.js';
import { MailOutbox } from '../../platform/mail/mail-outbox.js';
import { RateLimitService } from '../../platform/rate-limit/rate-limit.service.js';
import { UsersRepository } from '../users/users.repository.js';
import { UsersService } from '../users/users.service.js';
import { hashToken, newOpaqueToken } from './tokens.js';

/** A verification link works this long. */
export const VERIFY_TOKEN_TTL_SECONDS = 48 * 3600;

const MAIL: Record<Language, (name: string, link: string) => { subject: string; text: string }> = {
  fr: (name, link) => ({
    subject: 'Tribune : confirmez votre adresse e-mail',
    text: `Bonjour ${name},\n\nPour confirmer votre adresse, ouvrez ce lien (valable 48 heures, une seule fois) :\n${link}\n\nSi vous n'avez pas créé de compte, ignorez ce message.\n`,
  }),
  en: (name, link) => ({
    subject: 'Tribune: confirm your e-mail address',
    text: `Hello ${name},\n\nTo confirm your address, open this link (valid for 48 hours, once):\n${link}\n\nIf you did not create an account, ignore this message.\n`,
  }),
};

/**
 * E-mail verification: a one-time token (stored as SHA-256) mailed at
 * registration (through the mail queue), and again on request
 * (`POST /api/auth/email/verify/resend`); `POST /api/auth/email/verify {token}`
 * consumes it in one conditional UPDATE and marks the address verified. A new
 * link leaves the earlier ones valid until they expire: a reader clicking the
 * first mail that arrives is not refused.
 */
@Injectable()
export class EmailVerificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailQueue: MailOutbox,
    private readonly users: UsersService,
    private readonly rateLimits: RateLimitService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * A new link for a signed-in account whose address is not verified yet: 409
   * when it is (or when the account has no address), 429 past
   * `verifyEmailPerHour` requests of this account in an hour (the per-IP limit
   * is the route's). The mail leaves through the outbox, as at registration.
   */
  async resend(userId: string, language: Language): Promise<void> {
    const user = await this.users.getById(userId);
    if (!user.email) throw conflict('auth.email_missing');
    if (user.emailVerifiedAt) throw conflict('auth.email_already_verified');
    await this.rateLimits.consume('verifyEmailPerHour', `user:${user.id}`);
    await this.send(user, language);
  }

  /** Writes a token and its mail (through the mail queue) in one transaction. */
  async send(
    user: { id: string; email: string | null; displayName: string | null; username: string | null },
    language: Language,
  ): Promise<void> {
    if (!user.email) return;
    const token = newOpaqueToken();
    const link = new URL(`/verify-email?token=${encodeURIComponent(token)}`, this.config.PUBLIC_URL).toString();
    const content = MAIL[language](user.displayName ?? user.username ?? '', link);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO email_verification_tokens (user_id, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(secs => $3))`,
        [user.id, hashToken(token), VERIFY_TOKEN_TTL_SECONDS],
      );
      await this.mailQueue.queue(manager, { to: user.email!, ...content });
    });
  }

  /** 422 naming `token` when it is unknown, used or expired (and nothing changes). */
  async verify(token: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [consumed] = await sqlRows<{ user_id: string }>(
        manager,
        `UPDATE email_verification_tokens SET used_at = now()
          WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id`,
        [hashToken(token)],
      );
      if (!consumed) throw unprocessable('auth.verify_invalid', {}, [{ field: 'token', code: 'auth.verify_invalid' }]);
      await UsersRepository.markEmailVerified(manager, consumed.user_id);
    });
  }
}
