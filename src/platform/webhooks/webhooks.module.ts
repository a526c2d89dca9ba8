import { Global, Module } from '@nestjs/common';
import { DomainEvents } from './domain-events.service.js';
import { WebhookDeliveryService } from './webhook-delivery.service.js';
import { WebhookSubscriptions } from './webhook-subscriptions.js';
import { WebhooksService } from './webhooks.service.js';

/**
 * Webhooks as a platform service: features publish events through DomainEvents
 * (inside their transaction), the job queue delivers them signed. The admin
 * routes live in the webhooks feature module and call WebhooksService.
 */
@Global()
@Module({
  providers: [WebhookSubscriptions, DomainEvents, WebhookDeliveryService, WebhooksService],
  exports: [DomainEvents, WebhooksService],
})
export class WebhooksModule {}
