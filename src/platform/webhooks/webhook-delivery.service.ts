import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Webhook as Signer } from 'standardwebhooks';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { sqlRows } from '../../database/sql.js';
import { JobQueue, type Job } from '../jobs/job-queue.service.js';
import { AddressPolicy } from './address-guard.js';
import { FANOUT_QUEUE, type FanoutJob } from './domain-events.service.js';
import { MAX_ATTEMPTS, retryDelayMs } from './webhook-events.js';
import { WebhookSecretBox, WebhookSecretUnreadableError } from './webhook-secret-box.js';
import { postDelivery, type AttemptOutcome } from './webhook-sender.js';

export const DELIVER_QUEUE = 'webhook.deliver';

interface DeliverJob {
  deliveryId: string;
  /** 1-based; the delivery row's `attempts` must be one less, else this job is a repeat. */
  attempt: number;
}

interface DeliveryRow {
  id: string;
  status: string;
  attempts: number;
  payload: Record<string, unknown>;
  url: string;
  secret: string;
  deleted_at: Date | null;
}

/**
 * Works the two webhook queues. Fan-out: one delivery row per subscribed webhook
 * (unique per webhook and event, so a repeated fan-out adds nothing), each with
 * its first attempt job. Deliver: one signed POST per job; the outcome is
 * recorded only if the row is still at the previous attempt (a repeated job
 * changes nothing), and a failure schedules the next attempt with a growing
 * delay, up to MAX_ATTEMPTS. At least once: a receiver dedups on `webhook-id`.
 */
@Injectable()
export class WebhookDeliveryService implements OnModuleInit {
  private readonly logger = new Logger(WebhookDeliveryService.name);
  private readonly policy: AddressPolicy;
  private readonly box: WebhookSecretBox;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.policy = new AddressPolicy(config.WEBHOOK_ALLOW_PRIVATE);
    this.box = new WebhookSecretBox(config);
  }

  async onModuleInit(): Promise<void> {
    await this.jobs.work<FanoutJob>(FANOUT_QUEUE, (job) => this.fanOut(job));
    await this.jobs.work<DeliverJob>(DELIVER_QUEUE, (job) => this.deliver(job), { concurrency: 4 });
  }

  async fanOut(job: Job<FanoutJob>): Promise<void> {
    const { eventId, type, timestamp, data } = job.data;
    await this.dataSource.transaction(async (manager) => {
      const created = await sqlRows<{ id: string }>(
        manager,
        `INSERT INTO webhook_deliveries (webhook_id, event_id, event_type, payload)
         SELECT w.id, $1::uuid, $2::text, $3::jsonb FROM webhooks w WHERE w.deleted_at IS NULL AND $2::text = ANY (w.events)
         ON CONFLICT (webhook_id, event_id) DO NOTHING RETURNING id`,
        [eventId, type, JSON.stringify({ type, timestamp, data })],
      );
      for (const { id } of created) {
        await this.jobs.send(manager, DELIVER_QUEUE, { deliveryId: id, attempt: 1 }, { id });
      }
    });
  }

  async deliver(job: Job<DeliverJob>): Promise<void> {
    const { deliveryId, attempt } = job.data;
    const [row] = await sqlRows<DeliveryRow>(
      this.dataSource,
      `SELECT d.id, d.status, d.attempts, d.payload, w.url, w.secret, w.deleted_at
         FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id WHERE d.id = $1`,
      [deliveryId],
    );
    if (!row || row.status !== 'pending' || row.attempts !== attempt - 1) return;
    if (row.deleted_at) {
      await this.dataSource.query(`UPDATE webhook_deliveries SET status = 'cancelled' WHERE id = $1`, [row.id]);
      return;
    }
    const outcome = await this.attempt(row);
    await this.record(row.id, attempt, outcome);
  }

  /** A secret that cannot be decrypted (wrong key) fails the delivery for good, logged; no request is sent. */
  private attempt(row: DeliveryRow): Promise<AttemptOutcome> {
    let secret: string;
    try {
      secret = this.box.decrypt(row.secret);
    } catch (error) {
      if (!(error instanceof WebhookSecretUnreadableError)) throw error;
      this.logger.error(`delivery ${row.id}: ${error.message}`);
      return Promise.resolve({ ok: false, statusCode: null, error: 'webhook secret unreadable', permanent: true });
    }
    const body = JSON.stringify(row.payload);
    const now = new Date();
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'Tribune-Webhooks/1',
      'webhook-id': row.id,
      'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
      'webhook-signature': new Signer(secret).sign(row.id, now, body),
    };
    return postDelivery(row.url, body, headers, this.policy, this.config.WEBHOOK_TIMEOUT_MS);
  }

  /** Writes the attempt's outcome and, on a retryable failure, the next attempt's job, in one transaction. */
  private async record(deliveryId: string, attempt: number, outcome: AttemptOutcome): Promise<void> {
    const retry = !outcome.ok && !outcome.permanent && attempt < MAX_ATTEMPTS;
    const nextAt = retry ? new Date(Date.now() + retryDelayMs(attempt, this.config.WEBHOOK_RETRY_BASE_MS)) : null;
    const status = outcome.ok ? 'succeeded' : retry ? 'pending' : 'failed';
    await this.dataSource.transaction(async (manager) => {
      const updated = await sqlRows<{ id: string }>(
        manager,
        `UPDATE webhook_deliveries
            SET attempts = $2::int, status = $3::varchar, last_status_code = $4::int, last_error = $5::varchar,
                last_attempt_at = now(), next_attempt_at = $6::timestamptz,
                delivered_at = CASE WHEN $3::varchar = 'succeeded' THEN now() END
          WHERE id = $1 AND attempts = $2::int - 1 AND status = 'pending' RETURNING id`,
        [deliveryId, attempt, status, outcome.statusCode, outcome.error, nextAt],
      );
      if (updated.length === 1 && nextAt) {
        await this.jobs.send(manager, DELIVER_QUEUE, { deliveryId, attempt: attempt + 1 }, { startAfter: nextAt });
      }
    });
  }
}
