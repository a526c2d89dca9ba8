import type { EntityManager } from 'typeorm';
import { sqlRows, type Queryable } from '../../database/sql.js';
import type { ModerationKind, ModerationReasons } from './entities/moderation-item.entity.js';

/** Merges the reasons of a new event into those of the open item (watched words are unioned). */
const MERGE_REASONS = `
  moderation_items.reasons || EXCLUDED.reasons ||
  CASE WHEN moderation_items.reasons ? 'watchedWords' AND EXCLUDED.reasons ? 'watchedWords'
    THEN jsonb_build_object('watchedWords', (
      SELECT jsonb_agg(DISTINCT w) FROM jsonb_array_elements(
        (moderation_items.reasons -> 'watchedWords') || (EXCLUDED.reasons -> 'watchedWords')) AS w))
    ELSE '{}'::jsonb END`;

/**
 * A post waiting for approval stays `pending` whatever happens to it next;
 * otherwise a legal notice or an appeal outranks flags (they carry deadlines).
 */
const MERGE_KIND = `CASE WHEN moderation_items.kind = 'pending' OR EXCLUDED.kind = 'pending' THEN 'pending'
  WHEN EXCLUDED.kind IN ('dsa_notice', 'appeal') THEN EXCLUDED.kind ELSE moderation_items.kind END`;

export type ModerationSubjectType = 'post' | 'error_report';

/**
 * The condition "the item `mi` is about the article whose slug is `param`" (its posts and its
 * error reports), true for every item when `param` is NULL: the queue's article filter, shared
 * by the list and the tab counts so that both count the same items.
 */
export const articleSubjectFilter = (param: string) => `(${param}::text IS NULL OR mi.subject_id IN (
                SELECT p.id FROM articles a JOIN threads t ON t.article_id = a.id JOIN posts p ON p.thread_id = t.id
                 WHERE a.slug = ${param}
                UNION ALL
                SELECT r.id FROM articles a JOIN error_reports r ON r.article_id = a.id WHERE a.slug = ${param}))`;

/** What resolving an item records: its resolution and the history event. */
export interface ItemOutcome {
  /** Who acted, named in the history (null: a service API key, or nobody). */
  actorId: string | null;
  /** Who resolved the item; defaults to the actor (null when no moderator decided). */
  resolvedById?: string | null;
  resolution: string;
  action: string;
  note: string | null;
  data: Record<string, unknown>;
}

export interface ResolvedItem {
  id: string;
  version: number;
}

export interface UpsertedItem {
  id: string;
  inserted: boolean;
}

/**
 * The queue's writes. One open item per subject is the partial unique index's
 * job: `INSERT … ON CONFLICT … WHERE status = 'open'` either opens a new item
 * (first time, or after the previous one was resolved: a re-open) or updates the
 * open one, bumping its version. Never check-then-insert.
 */
export class ModerationQueueRepository {
  static async upsertPostItem(
    manager: EntityManager,
    postId: string,
    kind: Exclude<ModerationKind, 'error_report'>,
    reasons: ModerationReasons,
    history: { actorId: string | null; action: string; data?: Record<string, unknown> },
  ): Promise<UpsertedItem> {
    const [row] = await sqlRows<UpsertedItem>(
      manager,
      `INSERT INTO moderation_items (kind, subject_type, subject_id, reasons)
       VALUES ($1, 'post', $2, $3::jsonb)
       ON CONFLICT (subject_type, subject_id) WHERE status = 'open'
       DO UPDATE SET kind = ${MERGE_KIND}, reasons = ${MERGE_REASONS},
                     version = moderation_items.version + 1, updated_at = now()
       RETURNING id, (xmax = 0) AS inserted`,
      [kind, postId, JSON.stringify(reasons)],
    );
    await ModerationQueueRepository.recordEvent(
      manager,
      row.id,
      history.actorId,
      row.inserted ? 'opened' : history.action,
      null,
      {
        kind,
        ...(history.data ?? {}),
      },
    );
    return row;
  }

  /**
   * Upserts the `flagged` item of a post with its flag counts by reason, recounted
   * from the pending flags (exact under concurrency: the caller holds the post's row lock).
   */
  static async upsertFlaggedItem(
    manager: EntityManager,
    postId: string,
    extra: ModerationReasons,
    history: { actorId: string | null; data?: Record<string, unknown> },
  ): Promise<UpsertedItem> {
    const [row] = await sqlRows<UpsertedItem>(
      manager,
      `INSERT INTO moderation_items (kind, subject_type, subject_id, reasons)
       VALUES ('flagged', 'post', $1,
         $2::jsonb || jsonb_build_object('flags', coalesce((
           SELECT jsonb_object_agg(reason, n) FROM (
             SELECT reason, count(*)::int AS n FROM post_flags
              WHERE post_id = $1 AND outcome = 'pending' GROUP BY reason) AS counts), '{}'::jsonb)))
       ON CONFLICT (subject_type, subject_id) WHERE status = 'open'
       DO UPDATE SET kind = ${MERGE_KIND}, reasons = ${MERGE_REASONS},
                     version = moderation_items.version + 1, updated_at = now()
       RETURNING id, (xmax = 0) AS inserted`,
      [postId, JSON.stringify(extra)],
    );
    await ModerationQueueRepository.recordEvent(
      manager,
      row.id,
      history.actorId,
      row.inserted ? 'opened' : 'flagged',
      null,
      history.data ?? {},
    );
    return row;
  }

  /**
   * Resolves the open item of a post without acting on the post: its author
   * deleted it (the history names the author), or an appeal was upheld (the
   * deciding moderator is recorded as resolver). Returns the item's id, or null
   * when none was open.
   */
  static async resolvePostItem(
    manager: EntityManager,
    postId: string,
    resolution: string,
    actorId: string,
    options: { note?: string | null; resolvedByActor?: boolean } = {},
  ): Promise<string | null> {
    const [item] = await ModerationQueueRepository.resolve(
      manager,
      { subjectType: 'post', subjectId: postId },
      {
        actorId,
        resolvedById: options.resolvedByActor ? actorId : null,
        resolution,
        action: resolution,
        note: options.note ?? null,
        data: {},
      },
    );
    return item?.id ?? null;
  }

  /** Opens the queue item of a new error report (one per report; a second open is a no-op). */
  static async openErrorReportItem(manager: EntityManager, reportId: string, actorId: string | null): Promise<void> {
    const items = await sqlRows<{ id: string }>(
      manager,
      `INSERT INTO moderation_items (kind, subject_type, subject_id, reasons)
       VALUES ('error_report', 'error_report', $1, '{"errorReport":true}')
       ON CONFLICT DO NOTHING RETURNING id`,
      [reportId],
    );
    for (const item of items) {
      await ModerationQueueRepository.recordEvent(manager, item.id, actorId, 'opened', null, {
        errorReportId: reportId,
      });
    }
  }

  /**
   * The one "resolve" step of every decision on the queue: marks the open item(s)
   * of the target resolved, bumps their version and records the event in their
   * history. Returns the items resolved with their new version (none when the
   * target had no open item).
   */
  static async resolve(
    manager: EntityManager,
    target: { itemId: string } | { subjectType: ModerationSubjectType; subjectId: string },
    outcome: ItemOutcome,
  ): Promise<ResolvedItem[]> {
    const where = 'itemId' in target ? `id = $3` : `subject_type = $3 AND subject_id = $4`;
    const params = 'itemId' in target ? [target.itemId] : [target.subjectType, target.subjectId];
    const items = await sqlRows<ResolvedItem>(
      manager,
      `UPDATE moderation_items
          SET status = 'resolved', resolution = $1, resolved_by_id = $2, resolved_at = now(),
              version = version + 1, updated_at = now()
        WHERE ${where} AND status = 'open'
        RETURNING id, version`,
      [outcome.resolution, outcome.resolvedById === undefined ? outcome.actorId : outcome.resolvedById, ...params],
    );
    for (const item of items) {
      await ModerationQueueRepository.recordEvent(
        manager,
        item.id,
        outcome.actorId,
        outcome.action,
        outcome.note,
        outcome.data,
      );
    }
    return items;
  }

  /**
   * Claims an open item for `actorId` unless another moderator holds a live claim;
   * the conditional UPDATE runs under the row lock, so of two claims one wins.
   * Returns null when the item cannot be claimed.
   */
  static async claim(
    manager: EntityManager,
    itemId: string,
    actorId: string,
    ttlSeconds: number,
  ): Promise<{ id: string; claimed_at: Date; version: number } | null> {
    const [claimed] = await sqlRows<{ id: string; claimed_at: Date; version: number }>(
      manager,
      `UPDATE moderation_items
          SET claimed_by_id = $2, claimed_at = now(), version = version + 1, updated_at = now()
        WHERE id = $1 AND status = 'open'
          AND (claimed_by_id IS NULL OR claimed_by_id = $2 OR claimed_at <= now() - make_interval(secs => $3))
        RETURNING id, claimed_at, version`,
      [itemId, actorId, ttlSeconds],
    );
    if (!claimed) return null;
    await ModerationQueueRepository.recordEvent(manager, itemId, actorId, 'claimed', null);
    return claimed;
  }

  /** Drops the claim on an item (the caller has checked it may). */
  static async release(manager: EntityManager, itemId: string, actorId: string): Promise<void> {
    await manager.query(
      `UPDATE moderation_items SET claimed_by_id = NULL, claimed_at = NULL, version = version + 1, updated_at = now() WHERE id = $1`,
      [itemId],
    );
    await ModerationQueueRepository.recordEvent(manager, itemId, actorId, 'released', null);
  }

  static async recordEvent(
    db: Queryable,
    itemId: string,
    actorId: string | null,
    action: string,
    note: string | null,
    data: Record<string, unknown> = {},
  ): Promise<void> {
    await db.query(
      `INSERT INTO moderation_item_events (item_id, actor_id, action, note, data) VALUES ($1, $2, $3, $4, $5::jsonb)`,
      [itemId, actorId, action, note, JSON.stringify(data)],
    );
  }
}
