import { Body, Controller, Delete, Get, HttpCode, Ip, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiKeyScope, CurrentUser, Public, Roles, type Actor } from '../../common/auth/decorators.js';
import { forbidden, ProblemError } from '../../common/errors/problem.js';
import { answerWithStream } from '../../common/http/raw-stream.js';
import { UuidParamPipe } from '../../common/http/uuid-param.pipe.js';
import { sqlRows } from '../../database/sql.js';
import { EventStreams } from '../../platform/realtime/event-streams.js';
import { QUEUE_KEY, QueueEventHub } from '../../platform/realtime/queue-event-hub.js';
import { EventTicketsService } from '../notifications/event-tickets.service.js';
import { DataSource } from 'typeorm';
import {
  CreateNoteDto,
  NoteDto,
  PremoderateDto,
  PremoderationDto,
  QueueCountsDto,
  QueueCountsQuery,
  UserContextDto,
  UserSearchPageDto,
  UserSearchQuery,
} from './dto/moderation-context.dto.js';
import { EventTicketDto } from '../notifications/dto/notifications.responses.js';
import './moderation-context.messages.js';
import { UserContextService } from './user-context.service.js';

/** The moderators' live queue, queue counts, and a user's context, notes and pre-moderation. */
@ApiTags('moderation')
@Controller('moderation')
export class UserContextController {
  constructor(
    private readonly context: UserContextService,
    private readonly tickets: EventTicketsService,
    private readonly streams: EventStreams,
    private readonly hub: QueueEventHub,
    private readonly dataSource: DataSource,
  ) {}

  @Get('queue/counts')
  @Roles('moderator', 'admin')
  @ApiKeyScope('moderation:read')
  @ApiOperation({
    operationId: 'countModerationQueue',
    summary: 'Open items per kind (for the console tabs)',
    description:
      'Every kind is present, 0 when none is open. With `article`, only the items about that article count ' +
      '(the filter of GET /api/moderation/queue), so the tabs of a filtered console match its lists. ' +
      '`ownAppeals`: of the open appeals, those against decisions the caller took, which another staff member must decide.',
  })
  @ApiResponse({ status: 200, type: QueueCountsDto })
  @ApiResponse({ status: 401, description: 'Not signed in' })
  @ApiResponse({ status: 403, description: 'Not a moderator or admin' })
  counts(@CurrentUser() actor: Actor | undefined, @Query() query: QueueCountsQuery) {
    return this.context.openCounts(actor, query.article);
  }

  @Post('events/ticket')
  @Roles('moderator', 'admin')
  @HttpCode(201)
  @ApiOperation({
    operationId: 'createModerationEventsTicket',
    summary: 'A one-time ticket (60 s) for GET /api/moderation/events?ticket=',
    description: 'An EventSource cannot send headers: the ticket stands for the token, once.',
  })
  @ApiResponse({ status: 201, type: EventTicketDto })
  @ApiResponse({ status: 401, description: 'Not signed in' })
  @ApiResponse({ status: 403, description: 'Not a moderator or admin' })
  ticket(@CurrentUser() actor: Actor) {
    return this.tickets.issue(actor.id);
  }

  @Get('events')
  @Public()
  @ApiQuery({ name: 'ticket', required: true, description: 'From POST /api/moderation/events/ticket; used once' })
  @ApiOperation({
    operationId: 'streamModerationEvents',
    summary: 'The live queue (Server-Sent Events)',
    description:
      '`queue.item.created`, `queue.item.updated`, `queue.item.resolved` with `{id, kind, status, subjectType, subjectId, version, resolution, claimedById}`, whichever instance made the change; `resync` after a gap.',
  })
  @ApiResponse({
    status: 200,
    description: 'An endless event stream',
    content: { 'text/event-stream': { schema: { type: 'string', description: 'Server-Sent Events' } } },
  })
  @ApiResponse({ status: 401, description: 'No ticket, or an unknown, used or expired one' })
  @ApiResponse({ status: 403, description: 'The ticket holder is not (or no longer) a moderator or admin' })
  @ApiResponse({ status: 429, description: 'Too many open streams from this IP; Retry-After: 5' })
  async events(@Query('ticket') ticket: string | undefined, @Ip() ip: string | undefined, @Res() reply: FastifyReply) {
    if (this.streams.isClosing) throw new ProblemError(503, 'http.unavailable', {}, [], { 'Retry-After': '1' });
    const userId = await this.tickets.redeem(ticket);
    // The role is read now: a moderator demoted or banned since the ticket was issued gets nothing.
    const [holder] = await sqlRows<{ role: string; status: string }>(
      this.dataSource,
      `SELECT role, status FROM users WHERE id = $1`,
      [userId],
    );
    if (!holder || !['moderator', 'admin'].includes(holder.role) || holder.status === 'banned') {
      throw forbidden('moderation.events_staff_only');
    }
    answerWithStream(reply, (response) => this.streams.start(this.hub, QUEUE_KEY, response, ip ?? 'unknown'));
  }

  @Get('users')
  @Roles('moderator', 'admin')
  @ApiOperation({
    operationId: 'searchModerationUsers',
    summary: 'Find accounts by any part of their username or display name (staff)',
    description: 'Case-insensitive, by username; erased accounts never match, and e-mail addresses are not searched.',
  })
  @ApiResponse({ status: 200, type: UserSearchPageDto })
  @ApiResponse({
    status: 400,
    description: 'q missing, shorter than 2 or longer than 64 characters; bad limit or cursor',
  })
  @ApiResponse({ status: 401, description: 'Not signed in' })
  @ApiResponse({ status: 403, description: 'Not a moderator or admin' })
  searchUsers(@Query() query: UserSearchQuery) {
    return this.context.search(query.q, query.limit, query.cursor);
  }

  @Get('users/:id')
  @Roles('moderator', 'admin')
  @ApiOperation({
    operationId: 'getUserContext',
    summary: "A user's context: status, sanctions, counts, last 20 posts, staff notes",
    description: 'Staff only; the notes are never shown to the user.',
  })
  @ApiResponse({ status: 200, type: UserContextDto })
  @ApiResponse({ status: 401, description: 'Not signed in' })
  @ApiResponse({ status: 403, description: 'Not a moderator or admin' })
  @ApiResponse({ status: 404, description: 'No such user (or erased)' })
  userContext(@Param('id', UuidParamPipe) id: string) {
    return this.context.context(id);
  }

  @Post('users/:id/notes')
  @Roles('moderator', 'admin')
  @HttpCode(201)
  @ApiOperation({
    operationId: 'addUserNote',
    summary: 'Add a staff note about a user (private to staff; audited)',
    description: 'Plain text, 1–2,000 characters.',
  })
  @ApiResponse({ status: 201, type: NoteDto })
  @ApiResponse({ status: 400, description: 'Empty note or over 2,000 characters' })
  @ApiResponse({ status: 401, description: 'Not signed in' })
  @ApiResponse({ status: 403, description: 'Not a moderator or admin' })
  @ApiResponse({ status: 404, description: 'No such user' })
  addNote(@CurrentUser() actor: Actor, @Param('id', UuidParamPipe) id: string, @Body() body: CreateNoteDto) {
    return this.context.addNote(actor, id, body.body);
  }

  @Post('users/:id/premoderate')
  @Roles('moderator', 'admin')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'premoderateUser',
    summary:
      "Hold every post of this user for approval, until a time or until lifted (moderators: readers' and editors' accounts)",
    description: 'Replaces a pre-moderation already in place. Audited.',
  })
  @ApiResponse({ status: 200, type: PremoderationDto })
  @ApiResponse({ status: 400, description: 'until malformed or not in the future; reason missing' })
  @ApiResponse({ status: 401, description: 'Not signed in' })
  @ApiResponse({ status: 403, description: 'Not allowed on this account (staff, or oneself)' })
  @ApiResponse({ status: 404, description: 'No such user' })
  premoderate(@CurrentUser() actor: Actor, @Param('id', UuidParamPipe) id: string, @Body() body: PremoderateDto) {
    return this.context.premoderate(actor, id, body.until ? new Date(body.until) : null, body.reason);
  }

  @Delete('users/:id/premoderate')
  @Roles('moderator', 'admin')
  @HttpCode(204)
  @ApiOperation({
    operationId: 'liftUserPremoderation',
    summary: 'Lift the pre-moderation of this user',
    description: 'Posts already waiting stay in the queue. Audited.',
  })
  @ApiResponse({ status: 204 })
  @ApiResponse({ status: 401, description: 'Not signed in' })
  @ApiResponse({ status: 403, description: 'Not allowed on this account' })
  @ApiResponse({ status: 404, description: 'No such user' })
  @ApiResponse({ status: 409, description: 'Not under pre-moderation' })
  async lift(@CurrentUser() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<void> {
    await this.context.liftPremoderation(actor, id);
  }
}
