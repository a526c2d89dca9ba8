import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { PgListener } from '../realtime/pg-listener.js';

export const WEBHOOKS_CHANNEL = 'tribune_webhooks';

/**
 * Which event types at least one webhook wants, cached per instance so that a
 * change with no subscriber costs no statement at all (most installations have
 * no webhook for most events). Reloaded at boot, after a change on this instance,
 * and on `NOTIFY tribune_webhooks` from the others; while the LISTEN connection
 * is down every event is written (the fan-out job then finds no subscriber).
 */
@Injectable()
export class WebhookSubscriptions implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WebhookSubscriptions.name);
  private readonly listener: PgListener;
  private types = new Set<string>();
  private trustworthy = false;

  constructor(private readonly dataSource: DataSource) {
    this.listener = new PgListener(dataSource, {
      channel: WEBHOOKS_CHANNEL,
      applicationName: 'tribune-webhooks-listener',
      onNotification: () => void this.reload(),
      onListening: () => void this.reload(),
      onLost: () => {
        this.trustworthy = false;
      },
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.listener.start();
    await this.reload();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.listener.stop();
  }

  /** Whether an event of this type may interest a webhook. */
  wants(type: string): boolean {
    return !this.trustworthy || this.types.has(type);
  }

  async reload(): Promise<void> {
    try {
      const rows = (await this.dataSource.query(
        `SELECT DISTINCT unnest(events) AS type FROM webhooks WHERE deleted_at IS NULL`,
      )) as Array<{ type: string }>;
      this.types = new Set(rows.map((row) => row.type));
      this.trustworthy = this.listener.isListening;
    } catch (error) {
      this.trustworthy = false;
      this.logger.warn(`could not load webhook subscriptions: ${(error as Error).message}`);
    }
  }

  /** In the transaction of a webhook change: the other instances reload after it commits. */
  async announceChange(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_notify($1, '')`, [WEBHOOKS_CHANNEL]);
  }
}
