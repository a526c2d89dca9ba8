import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiResponse } from '@nestjs/swagger';
import { AdminOnly } from '../../common/auth/admin-only.decorator.js';
import { CurrentUser, type Actor } from '../../common/auth/decorators.js';
import { UuidParamPipe } from '../../common/http/uuid-param.pipe.js';
import { PageQuery } from '../../common/pagination/cursor.js';
import { WebhooksService } from '../../platform/webhooks/webhooks.service.js';
import { CreateWebhookDto, CreatedWebhookDto, WebhookDeliveryListDto, WebhookListDto } from './dto/webhooks.dto.js';

/** Webhooks to the newsroom's systems. Active admins only. */
@AdminOnly()
@Controller('admin/webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  @ApiOperation({
    operationId: 'createWebhook',
    summary: 'Register a webhook',
    description:
      'Events are POSTed as `{type, timestamp, data}` with Standard Webhooks headers (`webhook-id`, ' +
      '`webhook-timestamp`, `webhook-signature`), at least once, retried with growing delays. The URL must be ' +
      'http(s) and resolve to public addresses only, and not redirect elsewhere (422), unless ' +
      '`WEBHOOK_ALLOW_PRIVATE` allows it. The secret is in this answer only. Audited.',
  })
  @ApiResponse({ status: 201, type: CreatedWebhookDto })
  @ApiResponse({ status: 400, description: 'Not a URL, or an unknown event' })
  @ApiResponse({ status: 422, description: 'Not http(s), a private/loopback target, or a redirect to one' })
  create(@CurrentUser() actor: Actor, @Body() body: CreateWebhookDto): Promise<CreatedWebhookDto> {
    return this.webhooks.create(actor, body.url, body.events);
  }

  @Get()
  @ApiOperation({
    operationId: 'listWebhooks',
    summary: 'List the webhooks (without their secrets)',
    description: 'URL, events and creation time of each webhook; the signing secret is shown only at creation.',
  })
  @ApiResponse({ status: 200, type: WebhookListDto })
  list(): Promise<WebhookListDto> {
    return this.webhooks.list();
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({
    operationId: 'deleteWebhook',
    summary: 'Remove a webhook',
    description: 'Pending deliveries are cancelled. Audited.',
  })
  @ApiResponse({ status: 204, description: 'Removed' })
  @ApiResponse({ status: 404, description: 'No such webhook' })
  async remove(@CurrentUser() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<void> {
    await this.webhooks.remove(actor, id);
  }

  @Get(':id/deliveries')
  @ApiOperation({
    operationId: 'listWebhookDeliveries',
    summary: "A webhook's recent deliveries, newest first",
    description: 'Each with its status, attempts, last response code or error, and next attempt time.',
  })
  @ApiResponse({ status: 200, type: WebhookDeliveryListDto })
  @ApiResponse({ status: 400, description: 'Bad limit or cursor' })
  @ApiResponse({ status: 404, description: 'No such webhook' })
  deliveries(@Param('id', UuidParamPipe) id: string, @Query() query: PageQuery): Promise<WebhookDeliveryListDto> {
    return this.webhooks.deliveries(id, query.limit, query.cursor);
  }
}
