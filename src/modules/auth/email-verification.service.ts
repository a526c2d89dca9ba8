import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { unprocessable } from '../../common/errors/problem.js';
import type { Language } from '../../common/i18n/messages.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { sqlRows } from '../../database/sql.js';
import { MailOutbox } from '../../platform/mail/mail-outbox.js';
import { UsersRepository } from '../users/users.repository.js';
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
 * registration (through the mail queue); `POST /api/auth/email/verify {token}` consumes it in one
 * conditional UPDATE and marks the address verified.
 */
@Injectable()
export class EmailVerificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailQueue: MailOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

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
