import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/decorators.js';
import { badRequest, notFound, unprocessable } from '../../common/errors/problem.js';
import { decodeCursor, toPage, type Page } from '../../common/pagination/cursor.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { sqlRows } from '../../database/sql.js';
import { AuditService } from '../audit/audit.service.js';
import { AddressPolicy, NonPublicAddressError } from './address-guard.js';
import type { DeliveryStatus } from './webhook-delivery.entity.js';
import type { WebhookEventType } from './webhook-events.js';
import { assertTarget, probeRedirects, TargetRefusedError } from './webhook-sender.js';
import { WebhookSecretBox, WebhookSecretUnreadableError } from './webhook-secret-box.js';
import { WebhookSubscriptions } from './webhook-subscriptions.js';
import './webhooks.messages.js';

export interface WebhookView {
  id: string;
  url: string;
  events: string[];
  createdAt: string;
}

export interface DeliveryView {
  id: string;
  eventId: string;
  eventType: string;
  status: DeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
}

interface DeliveryRow {
  id: string;
  seq: string;
  event_id: string;
  event_type: string;
  status: DeliveryStatus;
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  created_at: Date;
  last_attempt_at: Date | null;
  next_attempt_at: Date | null;
  delivered_at: Date | null;
}

const iso = (value: Date | null) => (value ? value.toISOString() : null);
const urlRefused = (code: string) => unprocessable(code, {}, [{ field: 'url', code }]);

const toDelivery = (row: DeliveryRow): DeliveryView => ({
  id: row.id,
  eventId: row.event_id,
  eventType: row.event_type,
  status: row.status,
  attempts: row.attempts,
  lastStatusCode: row.last_status_code,
  lastError: row.last_error,
  createdAt: row.created_at.toISOString(),
  lastAttemptAt: iso(row.last_attempt_at),
  nextAttemptAt: iso(row.next_attempt_at),
  deliveredAt: iso(row.delivered_at),
});

/** Registering, listing and removing webhooks, and their delivery log (admin routes call these). */
@Injectable()
export class WebhooksService implements OnApplicationBootstrap {
  private readonly logger = new Logger(WebhooksService.name);
  private readonly policy: AddressPolicy;
  private readonly box: WebhookSecretBox;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly subscriptions: WebhookSubscriptions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.policy = new AddressPolicy(config.WEBHOOK_ALLOW_PRIVATE);
    this.box = new WebhookSecretBox(config);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.upgradeStoredSecrets();
  }

  /**
   * Brings every stored secret to the current key: plain ones (from before
   * encryption at rest) and ones an earlier key encrypted (WEBHOOK_SECRET_KEY_PREVIOUS,
   * or JWT_SECRET's key before WEBHOOK_SECRET_KEY was set) are encrypted again. One
   * UPDATE per such row, guarded by the old value, so it is idempotent and safe when
   * several instances boot at once. A secret no key opens is left as it is (its
   * deliveries fail, logged). Returns how many rows it rewrote.
   */
  async upgradeStoredSecrets(): Promise<number> {
    const rows = await sqlRows<{ id: string; secret: string }>(this.dataSource, `SELECT id, secret FROM webhooks`);
    let upgraded = 0;
    let unreadable = 0;
    for (const row of rows) {
      const opened = this.openStored(row.secret);
      if (opened === null) unreadable += 1;
      if (opened === null || opened.current) continue;
      const updated = await sqlRows<{ id: string }>(
        this.dataSource,
        `UPDATE webhooks SET secret = $2 WHERE id = $1 AND secret = $3 RETURNING id`,
        [row.id, this.box.encrypt(opened.plain), row.secret],
      );
      upgraded += updated.length;
    }
    if (upgraded > 0) this.logger.log(`encrypted ${upgraded} webhook secret(s) again with the current key`);
    if (unreadable > 0) this.logger.warn(`${unreadable} webhook secret(s) cannot be decrypted with any configured key`);
    return upgraded;
  }

  private openStored(stored: string): { plain: string; current: boolean } | null {
    try {
      return this.box.open(stored);
    } catch (error) {
      if (error instanceof WebhookSecretUnreadableError) return null;
      throw error;
    }
  }

  /** 422 unless the URL is http(s), resolves only to permitted addresses, and does not redirect to others. */
  async checkTarget(raw: string): Promise<void> {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw badRequest('webhooks.url_invalid', {}, [{ field: 'url', code: 'webhooks.url_invalid' }]);
    }
    try {
      assertTarget(url, this.policy);
      await this.policy.check(url.hostname);
      await probeRedirects(url.href, this.policy, Math.min(this.config.WEBHOOK_TIMEOUT_MS, 5000));
    } catch (error) {
      if (error instanceof TargetRefusedError) throw urlRefused('webhooks.url_scheme');
      if (error instanceof NonPublicAddressError) throw urlRefused('webhooks.url_private');
      throw urlRefused('webhooks.url_unresolvable');
    }
  }

  async create(actor: Actor, url: string, events: WebhookEventType[]): Promise<WebhookView & { secret: string }> {
    await this.checkTarget(url);
    const secret = `whsec_${randomBytes(32).toString('base64')}`;
    const unique = [...new Set(events)];
    const view = await this.dataSource.transaction(async (manager) => {
      const [row] = await sqlRows<{ id: string; created_at: Date }>(
        manager,
        `INSERT INTO webhooks (url, events, secret, created_by) VALUES ($1, $2, $3, $4) RETURNING id, created_at`,
        [url, unique, this.box.encrypt(secret), actor.id],
      );
      await this.audit.record(manager, actor, {
        action: 'webhook.create',
        targetType: 'webhook',
        targetId: row.id,
        after: { url, events: unique },
      });
      await this.subscriptions.announceChange(manager);
      return { id: row.id, url, events: unique, createdAt: row.created_at.toISOString(), secret };
    });
    await this.subscriptions.reload();
    return view;
  }

  async list(): Promise<Page<WebhookView>> {
    const rows = await sqlRows<{ id: string; url: string; events: string[]; created_at: Date }>(
      this.dataSource,
      `SELECT id, url, events, created_at FROM webhooks WHERE deleted_at IS NULL ORDER BY created_at DESC, id DESC`,
    );
    const items = rows.map((row) => ({
      id: row.id,
      url: row.url,
      events: row.events,
      createdAt: iso(row.created_at)!,
    }));
    return { items, nextCursor: null };
  }

  async remove(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [removed] = await sqlRows<{ url: string; events: string[] }>(
        manager,
        `UPDATE webhooks SET deleted_at = now() WHERE id = $1 AND deleted_at IS NULL RETURNING url, events`,
        [id],
      );
      if (!removed) throw notFound();
      await this.audit.record(manager, actor, {
        action: 'webhook.delete',
        targetType: 'webhook',
        targetId: id,
        before: { url: removed.url, events: removed.events },
      });
      await this.subscriptions.announceChange(manager);
    });
    await this.subscriptions.reload();
  }

  /** The webhook's deliveries, newest first (keyset on insertion order). */
  async deliveries(id: string, limit: number, cursor: string | undefined): Promise<Page<DeliveryView>> {
    const [webhook] = await sqlRows<{ id: string }>(
      this.dataSource,
      `SELECT id FROM webhooks WHERE id = $1 AND deleted_at IS NULL`,
      [id],
    );
    if (!webhook) throw notFound();
    const before = cursor ? String(decodeCursor(cursor, ['string'])[0]) : null;
    if (before !== null && !/^\d{1,18}$/.test(before)) {
      throw badRequest('validation.invalid_cursor', {}, [{ field: 'cursor', code: 'validation.invalid_cursor' }]);
    }
    const rows = await sqlRows<DeliveryRow>(
      this.dataSource,
      `SELECT id, seq::text AS seq, event_id, event_type, status, attempts, last_status_code, last_error, created_at,
              last_attempt_at, next_attempt_at, delivered_at
         FROM webhook_deliveries
        WHERE webhook_id = $1 AND ($2::bigint IS NULL OR seq < $2::bigint)
        ORDER BY seq DESC LIMIT $3`,
      [id, before, limit + 1],
    );
    return toPage(rows, limit, toDelivery, (row) => [row.seq]);
  }
}
