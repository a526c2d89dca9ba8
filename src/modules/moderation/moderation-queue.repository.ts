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
    const [item] = await sqlRows<{ id: string }>(
      manager,
      `UPDATE moderation_items
          SET status = 'resolved', resolution = $2, resolved_by_id = $3, resolved_at = now(),
              version = version + 1, updated_at = now()
        WHERE subject_type = 'post' AND subject_id = $1 AND status = 'open' RETURNING id`,
      [postId, resolution, options.resolvedByActor ? actorId : null],
    );
    if (!item) return null;
    await ModerationQueueRepository.recordEvent(manager, item.id, actorId, resolution, options.note ?? null, {});
    return item.id;
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
