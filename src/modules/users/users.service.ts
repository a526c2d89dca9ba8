import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { badRequest, conflict, notFound, unprocessable, type FieldError } from '../../common/errors/problem.js';
import { ProblemError } from '../../common/errors/problem.js';
import type { Role } from '../../common/auth/decorators.js';
import type { Queryable } from '../../database/sql.js';
import { isReservedDisplayName, normalizeDisplayName } from './display-name.js';
import './users.messages.js';
import { PG_UNIQUE_VIOLATION, isPgError } from '../../database/postgres-errors.js';
import { hashPassword } from '../../platform/passwords/passwords.js';
import { User } from './entities/user.entity.js';
import { UsersRepository } from './users.repository.js';

export interface NewUser {
  username: string;
  email: string;
  password: string;
  displayName?: string | null;
  role?: Role;
}

/** What another module erases about a user, in the erasure's transaction. */
export type ErasureStep = (manager: EntityManager, userId: string) => Promise<void>;

@Injectable()
export class UsersService {
  private readonly erasureSteps: ErasureStep[] = [];

  constructor(private readonly dataSource: DataSource) {}

  /**
   * A display name typed by a person, as it will be stored (NFKC, trimmed), or a
   * problem naming `displayName`: 400 for invisible or control characters, an
   * empty-looking or too long name, a word mixing Latin with Cyrillic or Greek; 422 when a reader's name reads as a staff
   * member's display name or username, or as a reserved word ("Modération").
   */
  async checkDisplayName(
    raw: string,
    account: { id: string | null; role: Role },
    db: Queryable = this.dataSource,
  ): Promise<string> {
    const normalized = normalizeDisplayName(raw);
    if ('refusal' in normalized) {
      throw badRequest('validation.failed', {}, [{ field: 'displayName', code: normalized.refusal }]);
    }
    if (account.role === 'reader') {
      const staff = await UsersRepository.staffNames(db, account.id);
      if (isReservedDisplayName(normalized.value, staff)) {
        throw unprocessable('users.display_name_reserved', {}, [
          { field: 'displayName', code: 'users.display_name_reserved' },
        ]);
      }
    }
    return normalized.value;
  }

  /** Creates an account; username and email clashes are 409 naming the field. */
  async create(input: NewUser, manager: EntityManager = this.dataSource.manager): Promise<User> {
    const role = input.role ?? 'reader';
    const displayName =
      input.displayName === undefined || input.displayName === null
        ? input.username
        : await this.checkDisplayName(input.displayName, { id: null, role }, manager);
    const passwordHash = await hashPassword(input.password);
    try {
      const user = manager.create(User, {
        username: input.username,
        email: input.email.toLowerCase(),
        displayName,
        role,
        passwordHash,
      });
      return await manager.save(User, user);
    } catch (error) {
      const fieldErrors: FieldError[] = [];
      if (isPgError(error, PG_UNIQUE_VIOLATION, { column: 'username' }))
        fieldErrors.push({ field: 'username', code: 'auth.username_taken' });
      if (isPgError(error, PG_UNIQUE_VIOLATION, { column: 'email' }))
        fieldErrors.push({ field: 'email', code: 'auth.email_taken' });
      if (fieldErrors.length > 0) throw new ProblemError(409, fieldErrors[0].code!, {}, fieldErrors);
      throw error;
    }
  }

  findById(id: string): Promise<User | null> {
    return this.dataSource.manager.findOne(User, { where: { id } });
  }

  async getById(id: string): Promise<User> {
    const user = await this.findById(id);
    if (!user || user.anonymizedAt) throw notFound();
    return user;
  }

  /** Username or email, any case (citext); includes the password hash. */
  findByLoginWithPassword(login: string): Promise<User | null> {
    return this.dataSource.manager
      .createQueryBuilder(User, 'u')
      .addSelect('u.passwordHash')
      .where('u.username = :login OR u.email = :login', { login })
      .andWhere('u.anonymized_at IS NULL')
      .getOne();
  }

  async findPublicByUsername(username: string): Promise<User> {
    const user = await this.dataSource.manager.findOne(User, { where: { username } });
    if (!user || user.anonymizedAt) throw notFound();
    return user;
  }

  /** Whether `/u/<username>` shows someone: a live (not erased) account of that username, any case. */
  async hasPublicProfile(username: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM users WHERE username = $1 AND anonymized_at IS NULL`, [
      username,
    ]);
    return rows.length > 0;
  }

  async getPasswordHash(id: string): Promise<string | null> {
    const user = await this.dataSource.manager
      .createQueryBuilder(User, 'u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id })
      .getOne();
    return user?.passwordHash ?? null;
  }

  /**
   * Adds a step to every erasure, run in its transaction after the account row
   * is wiped: the modules that hold personal data about a user in their own
   * tables (auth's tokens, error reports' contact email) register here, since
   * they depend on this module and not the other way round.
   */
  onErase(step: ErasureStep): void {
    this.erasureSteps.push(step);
  }

  /**
   * Erasure: username, email, display name, bio, password and every token gone;
   * the row stays so posts keep their author id and show a neutral name.
   */
  async anonymize(manager: EntityManager, userId: string): Promise<void> {
    const affected = await UsersRepository.anonymize(manager, userId);
    if (affected === 0) throw conflict('http.conflict');
    for (const step of this.erasureSteps) await step(manager, userId);
  }

  /** Every datum held about a user, for GET /api/me/export. */
  async exportData(userId: string): Promise<Record<string, unknown>> {
    const q = (sql: string) => this.dataSource.query(sql, [userId]);
    const [account] = await q(
      `SELECT id, username, email, display_name AS "displayName", bio, role, status, suspended_until AS "suspendedUntil",
              sanction_reason AS "sanctionReason", post_count AS "postCount", created_at AS "createdAt", last_seen_at AS "lastSeenAt"
         FROM users WHERE id = $1`,
    );
    const [posts, revisions, votes, flags, ballots, errorReports, notifications, sessions] = await Promise.all([
      q(`SELECT p.id, p.thread_id AS "threadId", a.slug AS "articleSlug", p.number, p.body, p.status, p.score,
                p.created_at AS "createdAt", p.edited_at AS "editedAt", p.deleted_at AS "deletedAt"
           FROM posts p JOIN threads t ON t.id = p.thread_id JOIN articles a ON a.id = t.article_id
          WHERE p.author_id = $1 ORDER BY p.created_at`),
      q(`SELECT post_id AS "postId", revision, previous_body AS "previousBody", body, reason, created_at AS "createdAt"
           FROM post_revisions WHERE editor_id = $1 ORDER BY created_at`),
      q(
        `SELECT post_id AS "postId", value, created_at AS "createdAt" FROM post_votes WHERE user_id = $1 ORDER BY created_at`,
      ),
      q(
        `SELECT post_id AS "postId", reason, comment, outcome, created_at AS "createdAt" FROM post_flags WHERE user_id = $1 ORDER BY created_at`,
      ),
      q(`SELECT b.poll_id AS "pollId", array_agg(c.option_id) AS "optionIds", b.created_at AS "createdAt"
           FROM poll_ballots b LEFT JOIN poll_choices c ON c.ballot_id = b.id WHERE b.user_id = $1 GROUP BY b.id ORDER BY b.created_at`),
      q(`SELECT id, article_id AS "articleId", quote, suggestion, comment, status, created_at AS "createdAt"
           FROM error_reports WHERE reporter_id = $1 ORDER BY created_at`),
      q(
        `SELECT id, kind, data, read_at AS "readAt", created_at AS "createdAt" FROM notifications WHERE user_id = $1 ORDER BY created_at`,
      ),
      q(`SELECT created_at AS "createdAt", expires_at AS "expiresAt", used_at AS "usedAt", revoked_at AS "revokedAt"
           FROM refresh_tokens WHERE user_id = $1 ORDER BY created_at`),
    ]);
    return {
      exportedAt: new Date().toISOString(),
      account,
      posts,
      revisions,
      votes,
      flags,
      pollBallots: ballots,
      errorReports,
      notifications,
      sessions,
    };
  }
}
