import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Outbox } from '../jobs/outbox.js';
import type { WebhookEventType } from './webhook-events.js';
import { WebhookSubscriptions } from './webhook-subscriptions.js';

export const FANOUT_QUEUE = 'webhook.fanout';

export interface FanoutJob {
  eventId: string;
  type: WebhookEventType;
  timestamp: string;
  data: Record<string, unknown>;
}

/**
 * How features announce what happened to the newsroom's systems, without
 * knowing about webhooks: `publish(manager, 'post.created', {...})` inside the
 * transaction of the change. The event becomes one outbox job (only when some
 * webhook subscribes to its type), fanned out to the subscribed webhooks after
 * commit; a rolled-back change publishes nothing.
 */
@Injectable()
export class DomainEvents {
  constructor(
    private readonly outbox: Outbox,
    private readonly subscriptions: WebhookSubscriptions,
  ) {}

  /** Whether publishing this type would write anything (lets a one-statement write stay one statement). */
  wants(type: WebhookEventType): boolean {
    return this.subscriptions.wants(type);
  }

  async publish(manager: EntityManager, type: WebhookEventType, data: Record<string, unknown>): Promise<void> {
    if (!this.subscriptions.wants(type)) return;
    const job: FanoutJob = { eventId: randomUUID(), type, timestamp: new Date().toISOString(), data };
    await this.outbox.enqueue(manager, FANOUT_QUEUE, job);
  }
}
