import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { PG_UNIQUE_VIOLATION, isPgError } from '../../database/postgres-errors.js';
import { sqlRows } from '../../database/sql.js';
import type { User } from '../users/entities/user.entity.js';
import { ExternalAccountsService } from '../users/external-accounts.service.js';

/** Who an outside party (SSO issuer, OpenID provider) says is signing in. */
export interface ExternalIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  /** The issuer vouches for the email (OIDC `email_verified`, or the SSO claim of the same name). */
  emailVerified: boolean;
  name: string | null;
}

const ATTEMPTS = 3;

/**
 * Finds or creates the Tribune account behind an outside identity. The link
 * is (issuer, subject) in user_identities, never an email alone: a site that
 * asserts the email of an existing reader gets a new account, not theirs. The
 * one exception is an imported placeholder (no password, linked to nothing)
 * whose email the issuer marks verified: that is the same person's history.
 */
@Injectable()
export class IdentitiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: ExternalAccountsService,
  ) {}

  /**
   * Links and returns the account in one transaction, after `before` (which
   * may throw to refuse, e.g. a replayed token) ran in it. Two first sign-ins of
   * the same identity are serialized by an advisory lock; a username or email
   * taken by a concurrent registration is retried with fresh candidates.
   */
  async signIn(identity: ExternalIdentity, before?: (manager: EntityManager) => Promise<void>): Promise<User> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.dataSource.transaction(async (manager) => {
          await before?.(manager);
          return this.linkOrCreate(manager, identity);
        });
      } catch (error) {
        if (attempt >= ATTEMPTS || !isPgError(error, PG_UNIQUE_VIOLATION)) throw error;
      }
    }
  }

  private async linkOrCreate(manager: EntityManager, identity: ExternalIdentity): Promise<User> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 17))`, [
      `${identity.issuer}\n${identity.subject}`,
    ]);
    // An erased account keeps no link: the person starts afresh.
    await manager.query(
      `DELETE FROM user_identities i USING users u
        WHERE i.issuer = $1 AND i.subject = $2 AND u.id = i.user_id AND u.anonymized_at IS NOT NULL`,
      [identity.issuer, identity.subject],
    );
    const person = { name: identity.name, email: identity.email, emailVerified: identity.emailVerified };
    const [linked] = await sqlRows<{ user_id: string }>(
      manager,
      `UPDATE user_identities SET last_used_at = now(), email = $3 WHERE issuer = $1 AND subject = $2 RETURNING user_id`,
      [identity.issuer, identity.subject, identity.email],
    );
    if (linked) return this.accounts.refresh(manager, linked.user_id, person);
    const placeholder =
      identity.emailVerified && identity.email
        ? await this.accounts.findClaimablePlaceholder(manager, identity.email)
        : null;
    const user = placeholder
      ? await this.accounts.refresh(manager, placeholder.id, person)
      : await this.accounts.create(manager, person);
    await manager.query(
      `INSERT INTO user_identities (issuer, subject, user_id, email, last_used_at) VALUES ($1, $2, $3, $4, now())`,
      [identity.issuer, identity.subject, user.id, identity.email],
    );
    return user;
  }
}
