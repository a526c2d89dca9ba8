import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { sqlRows } from '../../database/sql.js';
import { User } from './entities/user.entity.js';
import { usernameCandidates } from './username.js';

export interface ExternalPerson {
  /** Display name as the outside system knows it; also the source of the username. */
  name: string | null;
  /** Lower-cased; kept only when no other account holds it. */
  email: string | null;
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
    const [row] = await sqlRows<{ id: string }>(
      manager,
      `INSERT INTO users (username, email, display_name, role, status, imported)
       VALUES ($1, $2, $3, 'reader', 'active', $4) RETURNING id`,
      [username, email, (person.name ?? username).slice(0, 64), options.imported ?? false],
    );
    return manager.findOneOrFail(User, { where: { id: row.id } });
  }

  /**
   * Later sign-ins refresh the display name and the email the identity provider
   * asserts; an email that another account holds is left alone.
   */
  async refresh(manager: EntityManager, userId: string, person: ExternalPerson): Promise<User> {
    await manager.query(
      `UPDATE users SET display_name = coalesce($2, display_name),
              email = CASE WHEN $3::citext IS NULL
                             OR EXISTS (SELECT 1 FROM users o WHERE o.email = $3::citext AND o.id <> $1)
                           THEN email ELSE $3::citext END
        WHERE id = $1 AND anonymized_at IS NULL`,
      [userId, person.name?.slice(0, 64) ?? null, person.email],
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
