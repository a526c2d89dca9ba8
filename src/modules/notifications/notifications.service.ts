import { Injectable } from '@nestjs/common';
import type { Queryable } from '../../database/sql.js';
import type { NotificationKind } from './entities/notification.entity.js';

/**
 * Creates notifications. Takes the caller's transaction (manager) so a
 * notification exists only if the change that caused it commits.
 */
@Injectable()
export class NotificationsService {
  async notify(db: Queryable, userId: string, kind: NotificationKind, data: Record<string, unknown>): Promise<void> {
    await db.query(`INSERT INTO notifications (user_id, kind, data) VALUES ($1, $2, $3)`, [
      userId,
      kind,
      JSON.stringify(data),
    ]);
  }

  /** One insert for many recipients (mentions, flaggers learning an outcome). */
  async notifyMany(
    db: Queryable,
    userIds: string[],
    kind: NotificationKind,
    data: Record<string, unknown>,
  ): Promise<void> {
    if (userIds.length === 0) return;
    await db.query(`INSERT INTO notifications (user_id, kind, data) SELECT unnest($1::uuid[]), $2, $3`, [
      userIds,
      kind,
      JSON.stringify(data),
    ]);
  }
}
