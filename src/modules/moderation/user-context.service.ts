import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor, Role } from '../../common/auth/decorators.js';
import { badRequest, conflict, notFound } from '../../common/errors/problem.js';
import { decodeCursor, toPage, type Page } from '../../common/pagination/cursor.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import type { ModerationKind } from './entities/moderation-item.entity.js';
import { ensureCanSanctionUser } from './moderation.policy.js';
import { UserContextRepository, type ContextPostRow } from './user-context.repository.js';

const KINDS: ModerationKind[] = ['flagged', 'pending', 'error_report', 'dsa_notice', 'appeal'];
export interface UserSearchItem {
  id: string;
  username: string;
  displayName: string | null;
  role: string;
  status: string;
}

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());
const excerpt = (body: string) => (body.length > 280 ? `${body.slice(0, 279)}…` : body);

function toPost(row: ContextPostRow) {
  return {
    id: row.id,
    threadId: row.thread_id,
    number: row.number,
    status: row.status,
    excerpt: excerpt(row.body),
    createdAt: iso(row.created_at)!,
    article: { slug: row.slug, title: row.title },
  };
}

/**
 * What a moderator needs at a glance about a user (status, sanctions, counts,
 * last posts, staff notes), the notes themselves, and pre-moderation aimed at
 * one user. Every write is audited in its own transaction.
 */
@Injectable()
export class UserContextService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: UserContextRepository,
    private readonly audit: AuditService,
  ) {}

  /** Accounts by a part of their username or display name (staff find a reader without a queue item). */
  async search(q: string, limit: number, cursor?: string): Promise<Page<UserSearchItem>> {
    const after = cursor ? String(decodeCursor(cursor, ['string'])[0]) : null;
    const pattern = `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows = await this.repository.search(this.dataSource, pattern, limit, after);
    return toPage(
      rows,
      limit,
      (row) => ({
        id: row.id,
        username: row.username,
        displayName: row.display_name,
        role: row.role,
        status: row.status,
      }),
      (row) => [row.username.toLowerCase()],
    );
  }

  async context(userId: string) {
    const db = this.dataSource;
    const user = await this.repository.user(db, userId);
    if (!user) throw notFound();
    const [counts, posts, notes, sanctions, premoderation] = await Promise.all([
      this.repository.counts(db, userId),
      this.repository.lastPosts(db, userId, 20),
      this.repository.notes(db, userId),
      this.repository.sanctions(db, userId),
      this.repository.premoderation(db, userId),
    ]);
    return {
      user: {
        id: user.id,
        username: user.username,
        displayName: user.display_name,
        role: user.role,
        status: user.status,
        suspendedUntil: iso(user.suspended_until),
        sanctionReason: user.sanction_reason,
        createdAt: iso(user.created_at)!,
      },
      premoderation: premoderation
        ? { until: iso(premoderation.until), reason: premoderation.reason, since: iso(premoderation.created_at)! }
        : null,
      counts: {
        posts: counts.posts,
        visible: counts.visible,
        pending: counts.pending,
        hidden: counts.hidden,
        deleted: counts.deleted,
        rejected: counts.rejected,
        flagsReceived: counts.flags_received,
      },
      sanctions: sanctions.map((row) => ({
        action: row.action,
        reason: row.reason,
        by: row.actor_username,
        createdAt: iso(row.created_at)!,
        after: row.after,
      })),
      lastPosts: posts.map(toPost),
      notes: notes.map((row) => ({
        id: row.id,
        body: row.body,
        author: row.author_username,
        createdAt: iso(row.created_at)!,
      })),
    };
  }

  addNote(actor: Actor, userId: string, body: string) {
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.repository.user(manager, userId))) throw notFound();
      const note = await this.repository.insertNote(manager, userId, actor.id, body);
      await this.audit.record(manager, actor, {
        action: 'user.note',
        targetType: 'user',
        targetId: userId,
        after: { noteId: note.id, length: body.length },
      });
      return { id: note.id, body, author: actor.username, createdAt: iso(note.created_at)! };
    });
  }

  premoderate(actor: Actor, userId: string, until: Date | null, reason: string) {
    if (until && !(until.getTime() > Date.now())) {
      throw badRequest('validation.failed', {}, [{ field: 'until', code: 'moderation.until_not_future' }]);
    }
    return this.dataSource.transaction(async (manager) => {
      const target = await this.lockTarget(manager, actor, userId);
      await this.repository.upsertPremoderation(manager, userId, until, reason, actor.id);
      await this.audit.record(manager, actor, {
        action: 'user.premoderate',
        targetType: 'user',
        targetId: userId,
        reason,
        after: { until: iso(until) },
      });
      return { userId: target.id, until: iso(until), reason };
    });
  }

  liftPremoderation(actor: Actor, userId: string): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockTarget(manager, actor, userId);
      if (!(await this.repository.deletePremoderation(manager, userId))) throw conflict('moderation.not_premoderated');
      await this.audit.record(manager, actor, { action: 'user.unpremoderate', targetType: 'user', targetId: userId });
    });
  }

  /**
   * The console's tabs: open items per kind, and the appeals `viewer` may not decide (against
   * their own decisions). A service API key (no viewer) took no decision: 0.
   */
  async openCounts(
    viewer: Actor | undefined,
    article?: string,
  ): Promise<Record<ModerationKind, number> & { ownAppeals: number }> {
    const rows = await this.repository.openCounts(this.dataSource, article ?? null, viewer?.id ?? null);
    const counts = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<ModerationKind, number>;
    let ownAppeals = 0;
    for (const row of rows) {
      counts[row.kind as ModerationKind] = row.n;
      ownAppeals += row.own;
    }
    return { ...counts, ownAppeals };
  }

  private async lockTarget(manager: Parameters<UserContextRepository['user']>[0], actor: Actor, userId: string) {
    const target = await this.repository.user(manager, userId);
    if (!target) throw notFound();
    ensureCanSanctionUser(actor, { id: target.id, role: target.role as Role });
    return target;
  }
}
