import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/decorators.js';
import { badRequest, conflict, notFound } from '../../common/errors/problem.js';
import { decodeCursor, toPage, type Page } from '../../common/pagination/cursor.js';
import { sqlRows } from '../../database/sql.js';
import type { ModerationKind } from './entities/moderation-item.entity.js';
import { articleSubjectFilter, ModerationQueueRepository } from './moderation-queue.repository.js';
import { CLAIM_TTL_MS } from './moderation.policy.js';
import {
  iso,
  queueContext,
  toQueueItem,
  type FlagRow,
  type ItemRow,
  type PostRow,
  type QueueContext,
  type QueueItem,
  type ReportRow,
} from './queue.mapper.js';

export type { ErrorReportSubject, PostSubject, QueueItem } from './queue.mapper.js';

export interface QueueQuery {
  kind?: ModerationKind;
  status?: 'open' | 'resolved';
  article?: string;
  /** `oldest` (default): by creation, oldest first; `newest`: the latest first, resolved items by resolution time. */
  order?: 'oldest' | 'newest';
  limit: number;
  cursor?: string;
}

/** The page's order: its key column, the keyset comparison and the ORDER BY. */
function pageOrder(query: QueueQuery): { key: string; after: string; orderBy: string } {
  if (query.order !== 'newest') {
    return { key: 'mi.created_at', after: '>', orderBy: 'mi.created_at, mi.id' };
  }
  // resolved_at is set by the one statement that resolves an item; created_at stands in should it ever be null.
  const key = query.status === 'resolved' ? 'coalesce(mi.resolved_at, mi.created_at)' : 'mi.created_at';
  return { key, after: '<', orderBy: `${key} DESC, mi.id DESC` };
}

/** The keyset cursor of the queue: (created_at as text, id); 400 naming cursor when forged. */
function parseQueueCursor(cursor: string | undefined): [string, string] | null {
  const after = cursor ? decodeCursor(cursor, ['string', 'string']) : null;
  if (after && (Number.isNaN(Date.parse(String(after[0]))) || !/^[0-9a-f-]{36}$/i.test(String(after[1])))) {
    throw badRequest('validation.invalid_cursor', {}, [{ field: 'cursor', code: 'validation.invalid_cursor' }]);
  }
  return after as [string, string] | null;
}

/**
 * The review queue: listing with full context, and advisory claims. A page
 * costs a fixed number of statements whatever its size: the items, then the
 * posts with author/thread/article, the flags and the error reports, each
 * batched with `= ANY($1)`.
 */
@Injectable()
export class QueueService {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: QueueQuery): Promise<Page<QueueItem>> {
    const rows = await this.loadItems(query, parseQueueCursor(query.cursor));
    const context = await this.loadContext(rows.slice(0, query.limit));
    return toPage(
      rows,
      query.limit,
      (row) => toQueueItem(row, context),
      (row) => [row.page_key, row.id],
    );
  }

  /** One more item than the page holds (toPage tells from it whether a next page exists). */
  private loadItems(query: QueueQuery, after: [string, string] | null): Promise<ItemRow[]> {
    const order = pageOrder(query);
    return sqlRows<ItemRow>(
      this.dataSource,
      `SELECT mi.id, mi.kind, mi.subject_type, mi.subject_id, mi.status, mi.reasons, mi.version,
              mi.claimed_by_id, cu.username::text AS claimed_by_username, mi.claimed_at,
              mi.resolution, mi.resolved_at, mi.created_at,
              to_char(${order.key} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS page_key
         FROM moderation_items mi
         LEFT JOIN users cu ON cu.id = mi.claimed_by_id
        WHERE mi.status = $1
          AND ($2::text IS NULL OR mi.kind = $2)
          AND ($3::timestamptz IS NULL OR (${order.key}, mi.id) ${order.after} ($3::timestamptz, $4::uuid))
          AND ${articleSubjectFilter('$6')}
        ORDER BY ${order.orderBy}
        LIMIT $5`,
      [
        query.status ?? 'open',
        query.kind ?? null,
        after?.[0] ?? null,
        after?.[1] ?? null,
        query.limit + 1,
        query.article ?? null,
      ],
    );
  }

  /** The page's posts (with author, thread, article), their flags and the error reports: three batched statements. */
  private async loadContext(pageRows: ItemRow[]): Promise<QueueContext> {
    const postIds = pageRows.filter((row) => row.subject_type === 'post').map((row) => row.subject_id);
    const reportIds = pageRows.filter((row) => row.subject_type === 'error_report').map((row) => row.subject_id);
    const posts = await sqlRows<PostRow>(
      this.dataSource,
      `SELECT p.id, p.number, p.body, p.html, p.status, p.flag_count, p.created_at, p.thread_id,
              t.status AS thread_status, a.slug, a.title,
              u.id AS author_id, u.username::text AS author_username, u.created_at AS author_created_at,
              u.post_count AS author_post_count,
              (SELECT count(*)::int FROM moderation_items pm JOIN posts pp ON pp.id = pm.subject_id
                WHERE pm.subject_type = 'post' AND pm.status = 'resolved' AND pp.author_id = u.id) AS previous_moderation
         FROM posts p
         JOIN threads t ON t.id = p.thread_id
         JOIN articles a ON a.id = t.article_id
         LEFT JOIN users u ON u.id = p.author_id
        WHERE p.id = ANY($1::uuid[])`,
      [postIds],
    );
    const flags = await sqlRows<FlagRow>(
      this.dataSource,
      `SELECT f.post_id, f.reason, f.comment, f.outcome, f.created_at, u.id AS user_id, u.username::text AS username
         FROM post_flags f LEFT JOIN users u ON u.id = f.user_id
        WHERE f.post_id = ANY($1::uuid[])
        ORDER BY f.created_at, f.id`,
      [postIds],
    );
    const reports = await sqlRows<ReportRow>(
      this.dataSource,
      `SELECT r.id, r.quote, r.suggestion, r.comment, r.status, r.created_at, a.slug, a.title
         FROM error_reports r JOIN articles a ON a.id = r.article_id
        WHERE r.id = ANY($1::uuid[])`,
      [reportIds],
    );

    return queueContext(posts, flags, reports);
  }

  /**
   * Claims an open item. The conditional UPDATE is evaluated under the row lock,
   * so of two moderators claiming at once exactly one wins; the other gets 409.
   */
  async claim(
    actor: Actor,
    itemId: string,
  ): Promise<{ id: string; claimedBy: { id: string; username: string }; claimedAt: string; version: number }> {
    return this.dataSource.transaction(async (manager) => {
      const claimed = await ModerationQueueRepository.claim(manager, itemId, actor.id, CLAIM_TTL_MS / 1000);
      if (!claimed) throw await this.whyNot(manager, itemId);
      return {
        id: claimed.id,
        claimedBy: { id: actor.id, username: actor.username },
        claimedAt: iso(claimed.claimed_at)!,
        version: claimed.version,
      };
    });
  }

  /** Releases one's own claim (admins may release anyone's); releasing an unclaimed item is a no-op. */
  async release(actor: Actor, itemId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [item] = await sqlRows<{ status: string; claimed_by_id: string | null; claimed_at: Date | null }>(
        manager,
        `SELECT status, claimed_by_id, claimed_at FROM moderation_items WHERE id = $1 FOR UPDATE`,
        [itemId],
      );
      if (!item) throw notFound();
      if (!item.claimed_by_id) return;
      const live = item.claimed_at !== null && Date.now() - new Date(item.claimed_at).getTime() < CLAIM_TTL_MS;
      if (item.claimed_by_id !== actor.id && live && actor.role !== 'admin') throw await this.whyNot(manager, itemId);
      await ModerationQueueRepository.release(manager, itemId, actor.id);
    });
  }

  private async whyNot(manager: EntityManager, itemId: string) {
    const [item] = await sqlRows<{ status: string; username: string | null }>(
      manager,
      `SELECT mi.status, u.username::text AS username FROM moderation_items mi LEFT JOIN users u ON u.id = mi.claimed_by_id WHERE mi.id = $1`,
      [itemId],
    );
    if (!item) return notFound();
    if (item.status !== 'open') return conflict('moderation.item_resolved');
    return conflict('moderation.item_claimed', { username: item.username ?? '?' });
  }
}
