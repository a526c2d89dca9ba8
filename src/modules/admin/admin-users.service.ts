import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AccountStatus, Actor, Role } from '../../common/auth/decorators.js';
import { badRequest, conflict, forbidden, notFound } from '../../common/errors/problem.js';
import { isUuid } from '../../common/http/uuid-param.pipe.js';
import type { Language } from '../../common/i18n/messages.js';
import { decodeCursor, toPage, type Page } from '../../common/pagination/cursor.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { DELETED_USER_NAME, effectiveStatus } from '../users/users.mapper.js';
import { SessionsRepository } from '../auth/sessions.repository.js';
import { UsersRepository } from '../users/users.repository.js';
import { UsersService } from '../users/users.service.js';
import { ensureCanAnonymize, ensureCanBan, ensureCanChangeRole, wouldRemoveLastAdmin } from './admin.policy.js';
import type { AdminUsersQuery } from './dto/admin.dto.js';

/** One account as the admin console lists it. */
export interface AdminUserItem {
  id: string;
  username: string | null;
  email: string | null;
  displayName: string | null;
  role: Role;
  status: AccountStatus;
  suspendedUntil: string | null;
  sanctionReason: string | null;
  createdAt: string;
  lastSeenAt: string | null;
  postCount: number;
  /** Flags other users raised on this user's posts, whatever their outcome. */
  flagsReceived: number;
  currentSanction: { status: 'suspended' | 'banned'; until: string | null; reason: string | null } | null;
  /** Erased on request: no personal data left, shown under the neutral name. */
  anonymized: boolean;
  anonymizedAt: string | null;
}

interface UserRow {
  id: string;
  username: string | null;
  email: string | null;
  display_name: string | null;
  role: Role;
  status: AccountStatus;
  suspended_until: Date | null;
  sanction_reason: string | null;
  created_at: Date;
  last_seen_at: Date | null;
  post_count: number;
  flags_received: number;
  anonymized_at: Date | null;
  cursor_at: string;
}

interface LockedUser {
  id: string;
  role: Role;
  status: AccountStatus;
  suspended_until: Date | null;
  sanction_reason: string | null;
  anonymized_at: Date | null;
}

/**
 * One query for a page: the flags count is a correlated subquery (post_flags is
 * reached through posts' author index and post_flags' (post_id, user_id) key),
 * so a page costs one round trip whatever its size.
 */
const SELECT_USERS = `
  SELECT u.id, u.username, u.email, u.display_name, u.role, u.status, u.suspended_until, u.sanction_reason,
         u.created_at, u.last_seen_at, u.post_count, u.anonymized_at,
         to_char(u.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at,
         (SELECT count(*)::int FROM post_flags f JOIN posts p ON p.id = f.post_id WHERE p.author_id = u.id) AS flags_received
    FROM users u`;

const CURSOR_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** `%`, `_` and the escape character itself match literally in a LIKE pattern. */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * `q` matches anywhere in the username, the email or the display name, ignoring case:
 * each expression is exactly that of a trigram (GIN) index (migration AdminUserSearchTrigram),
 * so a substring search does not scan the users table.
 */
export function userSearchCondition(pattern: string): string {
  return `(lower(u.username::text) LIKE ${pattern} OR lower(u.email::text) LIKE ${pattern} OR lower(u.display_name) LIKE ${pattern})`;
}

@Injectable()
export class AdminUsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Newest accounts first, keyset-paginated on (created_at, id): stable while
   * accounts are created, and every account appears once (anonymized ones too,
   * shown as such). `q` is a case-insensitive prefix of username, display name
   * or email (a sequential scan of users, acceptable for an admin console).
   */
  async list(query: AdminUsersQuery, language: Language): Promise<Page<AdminUserItem>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const q = query.q?.trim();
    if (q) {
      where.push(userSearchCondition(param(`%${escapeLike(q.toLowerCase())}%`)));
    }
    if (query.role) where.push(`u.role = ${param(query.role)}`);
    if (query.status === 'active') {
      where.push(`(u.status = 'active' OR (u.status = 'suspended' AND u.suspended_until <= now()))`);
    } else if (query.status === 'suspended') {
      where.push(`(u.status = 'suspended' AND (u.suspended_until IS NULL OR u.suspended_until > now()))`);
    } else if (query.status === 'banned') {
      where.push(`u.status = 'banned'`);
    }
    if (query.cursor) {
      const [at, id] = decodeCursor(query.cursor, ['string', 'string']) as [string, string];
      if (!CURSOR_TIME.test(at) || Number.isNaN(Date.parse(at)) || !isUuid(id)) {
        throw badRequest('validation.invalid_cursor', {}, [{ field: 'cursor', code: 'validation.invalid_cursor' }]);
      }
      where.push(`(u.created_at, u.id) < (${param(at)}::timestamptz, ${param(id)}::uuid)`);
    }
    const limit = query.limit;
    const rows: UserRow[] = await this.dataSource.query(
      `${SELECT_USERS}
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY u.created_at DESC, u.id DESC
        LIMIT ${param(limit + 1)}`,
      params,
    );
    return toPage(
      rows,
      limit,
      (row) => toAdminUserItem(row, language),
      (row) => [row.cursor_at, row.id],
    );
  }

  async getItem(
    id: string,
    language: Language,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AdminUserItem> {
    const rows: UserRow[] = await manager.query(`${SELECT_USERS} WHERE u.id = $1`, [id]);
    if (rows.length === 0) throw notFound();
    return toAdminUserItem(rows[0], language);
  }

  /**
   * Changes a role. Every admin row is locked first (in id order, so concurrent
   * admin actions queue instead of deadlocking), then the admins are counted:
   * two admins demoting each other at once cannot both succeed, and the last
   * usable admin cannot be demoted (409). The access guard reloads the role on
   * every request, so the change bites on the user's live tokens at once.
   */
  async changeRole(actor: Actor, id: string, role: Role, language: Language): Promise<AdminUserItem> {
    return this.lockingTransaction(async (manager) => {
      const usableAdmins = await this.lockAdmins(manager, actor);
      const target = await this.lockTarget(manager, id);
      if (target.anonymized_at) throw conflict('admin.user_anonymized');
      if (role !== 'admin' && wouldRemoveLastAdmin(target, usableAdmins)) throw conflict('admin.last_admin');
      ensureCanChangeRole(actor, target);
      if (target.role !== role) {
        await UsersRepository.setRole(manager, id, role);
        await this.audit.record(manager, actor, {
          action: 'user.role',
          targetType: 'user',
          targetId: id,
          before: { role: target.role },
          after: { role },
        });
      }
      return this.getItem(id, language, manager);
    });
  }

  /**
   * Bans: the account keeps reading but can neither log in nor write (the guard
   * reloads the status on every request), and every refresh token is revoked in
   * the same transaction.
   */
  async ban(actor: Actor, id: string, reason: string, language: Language): Promise<AdminUserItem> {
    return this.lockingTransaction(async (manager) => {
      const usableAdmins = await this.lockAdmins(manager, actor);
      const target = await this.lockTarget(manager, id);
      ensureCanBan(actor, target);
      if (target.anonymized_at) throw conflict('admin.user_anonymized');
      if (target.status === 'banned') throw conflict('admin.already_banned');
      if (wouldRemoveLastAdmin(target, usableAdmins)) throw conflict('admin.last_admin');
      await UsersRepository.setSanction(manager, id, {
        status: 'banned',
        suspendedUntil: null,
        sanctionReason: reason,
      });
      await SessionsRepository.revokeAll(manager, id, 'ban');
      await this.audit.record(manager, actor, {
        action: 'user.ban',
        targetType: 'user',
        targetId: id,
        reason,
        before: {
          status: effectiveStatus(target.status, target.suspended_until),
          suspendedUntil: target.suspended_until?.toISOString() ?? null,
        },
        after: { status: 'banned' },
      });
      return this.getItem(id, language, manager);
    });
  }

  /** Lifts a ban (a suspension is lifted through the moderation routes). */
  async unban(actor: Actor, id: string, reason: string, language: Language): Promise<AdminUserItem> {
    return this.lockingTransaction(async (manager) => {
      await this.lockAdmins(manager, actor);
      const target = await this.lockTarget(manager, id);
      ensureCanBan(actor, target);
      if (target.anonymized_at) throw conflict('admin.user_anonymized');
      if (target.status !== 'banned') throw conflict('admin.not_banned');
      await UsersRepository.setSanction(manager, id, { status: 'active', suspendedUntil: null, sanctionReason: null });
      await this.audit.record(manager, actor, {
        action: 'user.unban',
        targetType: 'user',
        targetId: id,
        reason,
        before: { status: 'banned', reason: target.sanction_reason },
        after: { status: 'active' },
      });
      return this.getItem(id, language, manager);
    });
  }

  /**
   * Erasure on request: UsersService.anonymize wipes username, email, display
   * name, bio, password and tokens (posts keep their author id and show the
   * neutral name); the role falls back to reader so an erased account never
   * counts as staff. The audit entry names the account by id only.
   */
  async anonymize(actor: Actor, id: string, language: Language): Promise<AdminUserItem> {
    return this.lockingTransaction(async (manager) => {
      const usableAdmins = await this.lockAdmins(manager, actor);
      const target = await this.lockTarget(manager, id);
      ensureCanAnonymize(actor, target);
      if (target.anonymized_at) throw conflict('admin.user_anonymized');
      if (wouldRemoveLastAdmin(target, usableAdmins)) throw conflict('admin.last_admin');
      await this.users.anonymize(manager, id);
      await UsersRepository.setRole(manager, id, 'reader');
      await this.audit.record(manager, actor, {
        action: 'user.anonymize',
        targetType: 'user',
        targetId: id,
        before: { id },
        after: { id },
      });
      return this.getItem(id, language, manager);
    });
  }

  /**
   * A transaction over the admin rows, run again when PostgreSQL picked it as a
   * deadlock victim or a serialization failure: concurrent admin changes all lock
   * the same rows, and the loser of such a cycle has changed nothing yet, so the
   * right answer is to try again, not a 503 (at most three attempts).
   */
  private async lockingTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.dataSource.transaction(work);
      } catch (error) {
        const code = (error as { driverError?: { code?: string } }).driverError?.code;
        if (attempt >= 3 || (code !== '40P01' && code !== '40001')) throw error;
      }
    }
  }

  /**
   * Locks every admin row (id order) and returns the usable ones (not banned,
   * not suspended, not erased). The caller must still be one of them: an admin
   * demoted or banned by a concurrent request loses the race here (403).
   */
  private async lockAdmins(manager: EntityManager, actor: Actor): Promise<string[]> {
    const rows: Array<{ id: string; usable: boolean }> = await manager.query(
      `SELECT id,
              anonymized_at IS NULL AND (status = 'active' OR (status = 'suspended' AND suspended_until <= now())) AS usable
         FROM users WHERE role = 'admin' ORDER BY id FOR UPDATE`,
    );
    const usable = rows.filter((row) => row.usable).map((row) => row.id);
    if (!usable.includes(actor.id)) throw forbidden('admin.no_longer_admin');
    return usable;
  }

  private async lockTarget(manager: EntityManager, id: string): Promise<LockedUser> {
    const rows: LockedUser[] = await manager.query(
      `SELECT id, role, status, suspended_until, sanction_reason, anonymized_at FROM users WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (rows.length === 0) throw notFound();
    return rows[0];
  }
}

function toAdminUserItem(row: UserRow, language: Language): AdminUserItem {
  const anonymized = row.anonymized_at !== null;
  const status = effectiveStatus(row.status, row.suspended_until);
  return {
    id: row.id,
    username: row.username,
    email: row.email,
    displayName: anonymized ? DELETED_USER_NAME[language] : row.display_name,
    role: row.role,
    status,
    suspendedUntil: status === 'suspended' ? (row.suspended_until?.toISOString() ?? null) : null,
    sanctionReason: row.sanction_reason,
    createdAt: row.created_at.toISOString(),
    lastSeenAt: row.last_seen_at?.toISOString() ?? null,
    postCount: row.post_count,
    flagsReceived: row.flags_received,
    currentSanction:
      status === 'active' || anonymized
        ? null
        : {
            status,
            until: status === 'suspended' ? (row.suspended_until?.toISOString() ?? null) : null,
            reason: row.sanction_reason,
          },
    anonymized,
    anonymizedAt: row.anonymized_at?.toISOString() ?? null,
  };
}
