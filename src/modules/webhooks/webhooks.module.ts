import { Module } from '@nestjs/common';
import { WebhooksController } from './webhooks.controller.js';

/** The admin routes of webhooks; the machinery is the platform's (src/platform/webhooks). */
@Module({ controllers: [WebhooksController] })
export class WebhooksAdminModule {}
