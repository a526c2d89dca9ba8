import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { sqlRows } from '../../database/sql.js';
import type { Role } from '../../common/auth/decorators.js';
import { DISPLAY_NAME_MAX, isReservedDisplayName, normalizeDisplayName } from './display-name.js';
import { User } from './entities/user.entity.js';
import { UsersRepository } from './users.repository.js';
import { usernameCandidates } from './username.js';

export interface ExternalPerson {
  /** Display name as the outside system knows it; also the source of the username. */
  name: string | null;
  /** Lower-cased; kept only when no other account holds it. */
  email: string | null;
  /** The outside system vouches for the email (SSO or OIDC `email_verified: true`): the account's email counts as verified. */
  emailVerified?: boolean;
}

/**
 * Accounts that Tribune creates on someone else's word: a news site's SSO, an
 * OpenID provider, an import of old discussions. None has a password; none
 * gets a role other than reader. The users table stays this module's to write.
 */
@Injectable()
export class ExternalAccountsService {
  /** Creates a reader with a free username derived from the name. */
  async create(manager: EntityManager, person: ExternalPerson, options: { imported?: boolean } = {}): Promise<User> {
    const username = await this.freeUsername(manager, person.name);
    const email = person.email && (await this.emailIsFree(manager, person.email)) ? person.email : null;
    const displayName =
      (person.name === null ? null : await this.acceptableName(manager, person.name, { id: null, role: 'reader' })) ??
      username;
    const [row] = await sqlRows<{ id: string }>(
      manager,
      `INSERT INTO users (username, email, display_name, role, status, imported, email_verified_at)
       VALUES ($1, $2, $3, 'reader', 'active', $4, CASE WHEN $5 THEN now() END) RETURNING id`,
      [username, email, displayName, options.imported ?? false, email !== null && person.emailVerified === true],
    );
    return manager.findOneOrFail(User, { where: { id: row.id } });
  }

  /**
   * The outside system's name as a display name (normalized, cut to 64
   * characters), or null when it would be refused at registration (invisible
   * characters, empty-looking; for a reader also a staff member's name or a
   * reserved word): the account then shows its username instead of refusing
   * the sign-in or the import.
   */
  private async acceptableName(
    manager: EntityManager,
    name: string,
    account: { id: string | null; role: Role },
  ): Promise<string | null> {
    const normalized = normalizeDisplayName([...name.normalize('NFKC').trim()].slice(0, DISPLAY_NAME_MAX).join(''));
    if ('refusal' in normalized) return null;
    if (account.role !== 'reader') return normalized.value;
    const staff = await UsersRepository.staffNames(manager, account.id);
    return isReservedDisplayName(normalized.value, staff) ? null : normalized.value;
  }

  /**
   * Later sign-ins refresh the display name and the email the identity provider
   * asserts; an email that another account holds is left alone. No name keeps
   * the current one; a name that would be refused shows the username.
   */
  async refresh(manager: EntityManager, userId: string, person: ExternalPerson): Promise<User> {
    const [account] = await sqlRows<{ role: Role }>(manager, `SELECT role FROM users WHERE id = $1`, [userId]);
    const name =
      person.name === null
        ? null
        : await this.acceptableName(manager, person.name, { id: userId, role: account?.role ?? 'reader' });
    await manager.query(
      `UPDATE users SET display_name = CASE WHEN $4 THEN username::text ELSE coalesce($2, display_name) END,
              email = CASE WHEN taken THEN email ELSE $3::citext END,
              -- The asserted email, once it is the account's: verified when vouched for; a new
              -- unverified one is not, whatever the old one was.
              email_verified_at = CASE WHEN taken THEN email_verified_at
                                       WHEN $5 THEN coalesce(email_verified_at, now())
                                       WHEN email = $3::citext THEN email_verified_at END
         FROM (SELECT $3::citext IS NULL
                      OR EXISTS (SELECT 1 FROM users o WHERE o.email = $3::citext AND o.id <> $1) AS taken) asserted
        WHERE id = $1 AND anonymized_at IS NULL`,
      [userId, name, person.email, person.name !== null && name === null, person.emailVerified === true],
    );
    return manager.findOneOrFail(User, { where: { id: userId } });
  }

  /**
   * An imported placeholder (no password, never signed in, linked to no
   * identity) holding this email, locked for the caller's transaction: the one
   * account an identity provider may claim by a verified email.
   */
  async findClaimablePlaceholder(manager: EntityManager, email: string): Promise<User | null> {
    const rows = await sqlRows<{ id: string }>(
      manager,
      `SELECT u.id FROM users u
        WHERE u.email = $1 AND u.imported AND u.password_hash IS NULL AND u.anonymized_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM user_identities i WHERE i.user_id = u.id)
        FOR UPDATE`,
      [email],
    );
    return rows.length === 0 ? null : manager.findOneOrFail(User, { where: { id: rows[0].id } });
  }

  private async freeUsername(manager: EntityManager, name: string | null): Promise<string> {
    const candidates = usernameCandidates(name);
    const [row] = await sqlRows<{ candidate: string }>(
      manager,
      `SELECT c.candidate FROM unnest($1::text[]) WITH ORDINALITY AS c(candidate, n)
        WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.username = c.candidate::citext)
        ORDER BY c.n LIMIT 1`,
      [candidates],
    );
    // Twelve taken candidates, four of them random: practically impossible; the unique index decides.
    return row?.candidate ?? candidates[candidates.length - 1];
  }

  private async emailIsFree(manager: EntityManager, email: string): Promise<boolean> {
    const rows = await manager.query(`SELECT 1 FROM users WHERE email = $1`, [email]);
    return rows.length === 0;
  }
}
