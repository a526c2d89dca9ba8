import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { sqlRows } from '../../database/sql.js';
import { JobQueue, type Job } from '../../platform/jobs/job-queue.service.js';
import { Outbox } from '../../platform/jobs/outbox.js';
import { MailOutbox } from '../../platform/mail/mail-outbox.js';
import type { OutgoingMail } from '../../platform/mail/mail.service.js';
import type { NotificationKind } from './entities/notification.entity.js';
import { MailRecipientsRepository } from './mail-recipients.repository.js';
import { mailKindOf, renderNotificationMail, type MailItem } from './notification-mail.js';
import { MAIL_KINDS } from './preferences.service.js';
import { signUnsubscribeToken, unsubscribeKey } from './unsubscribe-token.js';

export const DIGEST_QUEUE = 'notifications.mail-digest';

interface DigestJob {
  userId: string;
  mailKey: string;
}

interface PendingRow {
  id: string;
  kind: NotificationKind;
  data: Record<string, unknown>;
  wanted: boolean;
}

/**
 * Notification mail, through the job queue (the outbox of the change's transaction):
 *
 * 1. A mailable notification enqueues a digest job for (recipient, mail key) in the
 *    notification's own transaction. The queue's `short` policy keeps at most one such
 *    job waiting per key, starting when the key's last mail is MAIL_THROTTLE_SECONDS old.
 * 2. The digest job (under an advisory lock per key) re-checks the window — too early:
 *    it re-enqueues itself for the end of the window — then marks the pending
 *    notifications mailed and writes ONE mail job, in one transaction.
 * 3. The mail job (platform MailOutbox) sends it (SMTP or MAIL_DIR), retried on failure.
 *
 * A rolled-back change enqueues nothing; a crash after commit leaves the job row,
 * which another (or the restarted) worker runs. Delivery is at least once.
 */
@Injectable()
export class MailDigestService implements OnModuleInit {
  private readonly key: Buffer;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly outbox: Outbox,
    private readonly mail: MailOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.key = unsubscribeKey(config.JWT_SECRET);
  }

  async onModuleInit(): Promise<void> {
    await this.jobs.work<DigestJob>(DIGEST_QUEUE, (job) => this.digest(job), { policy: 'short' });
  }

  /** Step 1, inside the notification's transaction. */
  async schedule(manager: EntityManager, userId: string, mailKey: string): Promise<void> {
    const [{ start_after: startAfter }] = await sqlRows<{ start_after: Date }>(
      manager,
      `SELECT greatest(now(), max(mailed_at) + make_interval(secs => $3)) AS start_after
         FROM notifications WHERE user_id = $1 AND mail_key = $2 AND mailed_at IS NOT NULL`,
      [userId, mailKey, this.config.MAIL_THROTTLE_SECONDS],
    );
    await this.outbox.enqueue(
      manager,
      DIGEST_QUEUE,
      { userId, mailKey },
      { singletonKey: `${userId}:${mailKey}`, ...(startAfter ? { startAfter: new Date(startAfter) } : {}) },
    );
  }

  /** Step 2. */
  private async digest(job: Job<DigestJob>): Promise<void> {
    const { userId, mailKey } = job.data;
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`mail:${userId}:${mailKey}`]);
      // Still inside the window of the key's last mail: this news waits for the next one.
      const [{ wait_until: waitUntil }] = await sqlRows<{ wait_until: Date | null }>(
        manager,
        `SELECT CASE WHEN max(mailed_at) + make_interval(secs => $3) > now()
                     THEN max(mailed_at) + make_interval(secs => $3) END AS wait_until
           FROM notifications WHERE user_id = $1 AND mail_key = $2 AND mailed_at IS NOT NULL`,
        [userId, mailKey, this.config.MAIL_THROTTLE_SECONDS],
      );
      const pending = await this.takePending(manager, userId, mailKey, waitUntil === null);
      if (pending.length === 0) return;
      if (waitUntil) {
        await this.outbox.enqueue(manager, DIGEST_QUEUE, job.data, {
          singletonKey: `${userId}:${mailKey}`,
          startAfter: new Date(waitUntil),
        });
        return;
      }
      const wanted = pending.filter((row) => row.wanted);
      if (wanted.length === 0) return;
      const mail = await this.compose(manager, userId, mailKey, wanted);
      if (mail) await this.mail.queue(manager, mail);
    });
  }

  /**
   * The recipient's notifications not yet mailed for this key, with whether their
   * kind's preference is still on; when `take`, they are marked mailed.
   */
  private async takePending(
    manager: EntityManager,
    userId: string,
    mailKey: string,
    take: boolean,
  ): Promise<PendingRow[]> {
    const rows = await sqlRows<Omit<PendingRow, 'wanted'>>(
      manager,
      `SELECT n.id, n.kind, n.data FROM notifications n
        WHERE n.user_id = $1 AND n.mail_key = $2 AND n.mailed_at IS NULL
        ORDER BY n.created_at, n.id FOR UPDATE`,
      [userId, mailKey],
    );
    if (rows.length === 0 || !take) return rows.map((row) => ({ ...row, wanted: true }));
    await manager.query(`UPDATE notifications SET mailed_at = now() WHERE id = ANY($1::uuid[])`, [
      rows.map((row) => row.id),
    ]);
    const [preferences] = await sqlRows<Record<string, boolean>>(
      manager,
      `SELECT ${Object.values(MAIL_KINDS)
        .map((column) => `coalesce(np.${column}, true) AS ${column}`)
        .join(', ')}
         FROM (SELECT 1) one LEFT JOIN notification_preferences np ON np.user_id = $1`,
      [userId],
    );
    return rows.map((row) => {
      const kind = mailKindOf(row.kind);
      return { ...row, wanted: kind !== null && preferences[MAIL_KINDS[kind]] };
    });
  }

  /** The mail for these notifications, or null when the account can no longer receive any. */
  private async compose(
    manager: EntityManager,
    userId: string,
    mailKey: string,
    rows: PendingRow[],
  ): Promise<OutgoingMail | null> {
    const recipient = await MailRecipientsRepository.find(manager, userId);
    if (!recipient) return null;
    const article = await this.articleOf(manager, mailKey, rows[rows.length - 1]);
    const last = rows[rows.length - 1];
    const unsubscribeKind = mailKindOf(last.kind)!;
    const token = signUnsubscribeToken(this.key, {
      userId,
      kind: unsubscribeKind,
      issuedAt: Math.floor(Date.now() / 1000),
    });
    const base = this.config.PUBLIC_URL.replace(/\/+$/, '');
    const items: MailItem[] = rows.map((row) => ({ kind: row.kind, data: row.data }));
    const rendered = renderNotificationMail({
      language: recipient.language ?? 'en',
      displayName: recipient.displayName,
      article,
      items,
      unsubscribeUrl: `${base}/unsubscribe?token=${encodeURIComponent(token)}`,
      unsubscribeKind,
    });
    return {
      to: recipient.email,
      ...rendered,
      headers: {
        'List-Unsubscribe': `<${base}/api/unsubscribe?token=${encodeURIComponent(token)}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    };
  }

  private async articleOf(
    manager: EntityManager,
    mailKey: string,
    last: MailItem,
  ): Promise<{ title: string; url: string }> {
    const base = this.config.PUBLIC_URL.replace(/\/+$/, '');
    if (mailKey.startsWith('report:')) {
      const slug = String(last.data.articleSlug ?? '');
      return { title: String(last.data.articleTitle ?? ''), url: `${base}/articles/${encodeURIComponent(slug)}` };
    }
    const [article] = await sqlRows<{ title: string; slug: string }>(
      manager,
      `SELECT a.title, a.slug FROM threads t JOIN articles a ON a.id = t.article_id WHERE t.id = $1`,
      [mailKey],
    );
    const anchor = typeof last.data.number === 'number' ? `#tribune-post-${last.data.number}` : '';
    return {
      title: article?.title ?? '',
      url: `${base}/articles/${encodeURIComponent(article?.slug ?? '')}${anchor}`,
    };
  }
}
