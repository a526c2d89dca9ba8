import { Controller, Get, Headers, HttpCode, Ip, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { EventTicketDto } from './dto/notifications.responses.js';
import type { FastifyReply } from 'fastify';
import { AllowInactive, Authenticated, CurrentUser, Public, type Actor } from '../../common/auth/decorators.js';
import { ProblemError } from '../../common/errors/problem.js';
import { answerWithStream } from '../../common/http/raw-stream.js';
import { preferredLanguage } from '../../common/i18n/messages.js';
import { EventStreams } from '../../platform/realtime/event-streams.js';
import { UserEventHub } from '../../platform/realtime/user-event-hub.js';
import { EventTicketsService } from './event-tickets.service.js';
import { PreferencesService } from './preferences.service.js';
import './notifications.messages.js';

/** My live events: a one-time ticket, then a Server-Sent Events stream opened with it. */
@ApiTags('notifications')
@Controller('me/events')
export class UserEventsController {
  constructor(
    private readonly tickets: EventTicketsService,
    private readonly streams: EventStreams,
    private readonly hub: UserEventHub,
    private readonly preferences: PreferencesService,
  ) {}

  @Post('ticket')
  @HttpCode(201)
  @Authenticated()
  @AllowInactive() // reading one's own notifications is allowed to every account
  @ApiOperation({
    operationId: 'createMyEventsTicket',
    summary: 'A one-time ticket (60 s) for GET /api/me/events?ticket= (an EventSource cannot send headers)',
    description: 'Single use; stored hashed.',
  })
  @ApiResponse({ status: 201, type: EventTicketDto })
  @ApiResponse({ status: 401 })
  async ticket(
    @CurrentUser() actor: Actor,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): Promise<{ ticket: string; expiresIn: number }> {
    // The widget asks for a ticket on every page view: the language of the mails follows the reader's browser.
    await this.preferences.rememberLanguage(actor.id, acceptLanguage, preferredLanguage(acceptLanguage));
    return this.tickets.issue(actor.id);
  }

  @Get()
  @Public()
  @ApiQuery({ name: 'ticket', required: true, description: 'From POST /api/me/events/ticket; used once' })
  @ApiOperation({
    operationId: 'streamMyEvents',
    summary: 'My live events (Server-Sent Events)',
    description:
      '`notification.created` with `{id, type, data, createdAt}` the moment a notification of mine is written ' +
      '(whichever instance wrote it), `resync` after a server-side gap; a `: heartbeat` comment every 15 s.',
  })
  @ApiResponse({
    status: 200,
    description: 'An endless event stream',
    content: { 'text/event-stream': { schema: { type: 'string', description: 'Server-Sent Events' } } },
  })
  @ApiResponse({ status: 401, description: 'No ticket, or an unknown, used or expired one' })
  @ApiResponse({ status: 429, description: 'Too many open streams from this IP; Retry-After: 5' })
  @ApiResponse({ status: 503, description: 'This instance is shutting down; reconnect' })
  async events(
    @Query('ticket') ticket: string | undefined,
    @Ip() ip: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (this.streams.isClosing) throw new ProblemError(503, 'http.unavailable', {}, [], { 'Retry-After': '1' });
    const userId = await this.tickets.redeem(ticket);
    answerWithStream(reply, (response) => this.streams.start(this.hub, userId, response, ip ?? 'unknown'));
  }
}
