import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { sqlRows } from '../../database/sql.js';
import { USER_EVENTS_CHANNEL } from '../../platform/realtime/user-event-hub.js';
import type { NotificationKind } from './entities/notification.entity.js';
import { MailDigestService } from './mail-digest.service.js';
import { mailKeyOf, mailKindOf } from './notification-mail.js';
import { MAIL_KINDS } from './preferences.service.js';

/**
 * Inserts notifications and, in the SAME statement, NOTIFYs each recipient's
 * live stream (`notification.created {id, type, data, createdAt}`): NOTIFY is
 * transactional, so the event is delivered exactly when the notification commits.
 * `mail_key` is set where a mail should follow (a mailed kind whose preference is on).
 */
const insertAndAnnounce = (wantsMail: string) => `
  WITH inserted AS (
    INSERT INTO notifications (user_id, kind, data, mail_key)
    SELECT r.id, $2, $3::jsonb, CASE WHEN ${wantsMail} THEN $5::varchar END
      FROM unnest($1::uuid[]) AS r(id) LEFT JOIN notification_preferences np ON np.user_id = r.id
    RETURNING id, user_id, kind, data, created_at, mail_key)
  SELECT user_id, mail_key, pg_notify($4, json_build_object(
           'userId', user_id, 'type', 'notification.created',
           'data', json_build_object('id', id, 'type', kind, 'data', data, 'createdAt', created_at))::text) AS notified
    FROM inserted`;

/**
 * Creates notifications, with their live event and their mail, in the caller's
 * transaction (manager): they exist, are announced and are mailed only if the
 * change that caused them commits.
 */
@Injectable()
export class NotificationsService {
  constructor(private readonly digests: MailDigestService) {}

  async notify(
    manager: EntityManager,
    userId: string,
    kind: NotificationKind,
    data: Record<string, unknown>,
  ): Promise<void> {
    await this.notifyMany(manager, [userId], kind, data);
  }

  /** One insert for many recipients (mentions, flaggers learning an outcome). */
  async notifyMany(
    manager: EntityManager,
    userIds: string[],
    kind: NotificationKind,
    data: Record<string, unknown>,
  ): Promise<void> {
    if (userIds.length === 0) return;
    const mailKind = mailKindOf(kind);
    const mailKey = mailKeyOf(kind, data);
    const wantsMail = mailKind && mailKey ? `coalesce(np.${MAIL_KINDS[mailKind]}, true)` : 'false';
    // NOTIFY payloads are limited to 8000 bytes: notification data are ids, numbers and a short excerpt.
    const rows = await sqlRows<{ user_id: string; mail_key: string | null }>(manager, insertAndAnnounce(wantsMail), [
      userIds,
      kind,
      JSON.stringify(data),
      USER_EVENTS_CHANNEL,
      mailKey,
    ]);
    for (const row of rows) if (row.mail_key) await this.digests.schedule(manager, row.user_id, row.mail_key);
  }
}
