import { Injectable } from '@nestjs/common';
import type { Queryable } from '../../database/sql.js';
import { USER_EVENTS_CHANNEL } from '../../platform/realtime/user-event-hub.js';
import type { NotificationKind } from './entities/notification.entity.js';

/**
 * Inserts notifications and, in the SAME statement, NOTIFYs each recipient's
 * live stream (`notification.created {id, type, data, createdAt}`): NOTIFY is
 * transactional, so the event is delivered exactly when the notification commits.
 */
const INSERT_AND_ANNOUNCE = `
  WITH inserted AS (
    INSERT INTO notifications (user_id, kind, data)
    SELECT unnest($1::uuid[]), $2, $3::jsonb
    RETURNING id, user_id, kind, data, created_at)
  SELECT id, pg_notify($4, json_build_object(
           'userId', user_id, 'type', 'notification.created',
           'data', json_build_object('id', id, 'type', kind, 'data', data, 'createdAt', created_at))::text) AS notified
    FROM inserted`;

/**
 * Creates notifications. Takes the caller's transaction (manager) so a
 * notification exists only if the change that caused it commits.
 */
@Injectable()
export class NotificationsService {
  async notify(db: Queryable, userId: string, kind: NotificationKind, data: Record<string, unknown>): Promise<void> {
    await this.notifyMany(db, [userId], kind, data);
  }

  /** One insert for many recipients (mentions, flaggers learning an outcome). */
  async notifyMany(
    db: Queryable,
    userIds: string[],
    kind: NotificationKind,
    data: Record<string, unknown>,
  ): Promise<void> {
    if (userIds.length === 0) return;
    // NOTIFY payloads are limited to 8000 bytes: notification data are ids, numbers and a short excerpt.
    await db.query(INSERT_AND_ANNOUNCE, [userIds, kind, JSON.stringify(data), USER_EVENTS_CHANNEL]);
  }
}
