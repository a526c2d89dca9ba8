import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type Actor } from '../../common/auth/decorators.js';
import { UuidParamPipe } from '../../common/http/uuid-param.pipe.js';
import { PageQuery, type Page } from '../../common/pagination/cursor.js';
import { AuditLogService, type AuditLogEntry } from './audit-log.service.js';
import {
  AuditLogQuery,
  CreateWatchedWordDto,
  OptionalReasonDto,
  QueueQuery,
  RequiredReasonDto,
  SuspendUserDto,
} from './dto/moderation.dto.js';
import './moderation.messages.js';
import {
  ModerationService,
  type PostModerationResult,
  type ThreadModerationResult,
  type UserModerationResult,
} from './moderation.service.js';
import { QueueService, type QueueItem } from './queue.service.js';
import { WatchedWordsService, type WatchedWordResponse } from './watched-words.service.js';

const STAFF_ONLY = [
  ApiResponse({ status: 401, description: 'Not signed in' }),
  ApiResponse({ status: 403, description: 'Not a moderator or admin, or suspended/banned' }),
];
const apply =
  (...decorators: MethodDecorator[]): MethodDecorator =>
  (target, key, descriptor) => {
    for (const decorator of decorators) decorator(target, key, descriptor);
  };
const StaffResponses = () => apply(...STAFF_ONLY);

@ApiTags('moderation')
@ApiBearerAuth()
@Roles('moderator', 'admin')
@Controller('moderation')
export class ModerationController {
  constructor(
    private readonly queue: QueueService,
    private readonly moderation: ModerationService,
    private readonly watchedWords: WatchedWordsService,
    private readonly auditLog: AuditLogService,
  ) {}

  // ── queue ────────────────────────────────────────────────────────────────

  @Get('queue')
  @ApiOperation({ summary: 'The review queue, oldest first, each item with the context needed to decide' })
  @ApiResponse({ status: 200 })
  @ApiResponse({ status: 400, description: 'Bad filter or cursor' })
  @StaffResponses()
  listQueue(@Query() query: QueueQuery): Promise<Page<QueueItem>> {
    return this.queue.list({
      kind: query.kind,
      status: query.status,
      article: query.article,
      limit: query.limit,
      cursor: query.cursor,
    });
  }

  @Post('queue/:id/claim')
  @HttpCode(200)
  @ApiOperation({ summary: 'Claim an item (advisory, 15 minutes): others acting on it get 409' })
  @ApiResponse({ status: 200 })
  @ApiResponse({ status: 404, description: 'No such item' })
  @ApiResponse({ status: 409, description: 'Claimed by another moderator, or already resolved' })
  @StaffResponses()
  claim(@CurrentUser() actor: Actor, @Param('id', UuidParamPipe) id: string) {
    return this.queue.claim(actor, id);
  }

  @Delete('queue/:id/claim')
  @HttpCode(204)
  @ApiOperation({ summary: 'Release a claim' })
  @ApiResponse({ status: 204 })
  @ApiResponse({ status: 404, description: 'No such item' })
  @ApiResponse({ status: 409, description: 'Claimed by another moderator' })
  @StaffResponses()
  async release(@CurrentUser() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<void> {
    await this.queue.release(actor, id);
  }

  // ── posts ────────────────────────────────────────────────────────────────

  @Post('posts/:id/approve')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Approve: a pending post becomes visible; on a flagged post the flags are dismissed and the post restored',
  })
  @ApiResponse({ status: 200 })
  @ApiResponse({ status: 404, description: 'No such post' })
  @ApiResponse({ status: 409, description: 'Nothing to approve, or the item is claimed by another moderator' })
  @StaffResponses()
  approve(
    @CurrentUser() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: OptionalReasonDto,
  ): Promise<PostModerationResult> {
    return this.moderation.perform(actor, id, 'approve', body.reason ?? null);
  }

  @Post('posts/:id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject a pending post (it becomes hidden)' })
  @ApiResponse({ status: 200 })
  @ApiResponse({ status: 404, description: 'No such post' })
  @ApiResponse({ status: 409, description: 'The post is not pending, or the item is claimed by another moderator' })
  @StaffResponses()
  reject(
    @CurrentUser() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: OptionalReasonDto,
  ): Promise<PostModerationResult> {
    return this.moderation.perform(actor, id, 'reject', body.reason ?? null);
  }

  @Post('posts/:id/hide')
  @HttpCode(200)
  @ApiOperation({ summary: 'Hide a post, with a reason shown to its author' })
  @ApiResponse({ status: 200 })
  @ApiResponse({ status: 400, description: 'Missing reason' })
  @ApiResponse({ status: 404, description: 'No such post' })
  @ApiResponse({ status: 409, description: 'Already hidden or deleted, or claimed by another moderator' })
  @StaffResponses()
  hide(
    @CurrentUser() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: RequiredReasonDto,
  ): Promise<PostModerationResult> {
    return this.moderation.perform(actor, id, 'hide', body.reason.trim());
  }

  @Post('posts/:id/restore')
  @HttpCode(200)
  @ApiOperation({ summary: 'Restore a hidden post' })
  @ApiResponse({ status: 200 })
  @ApiResponse({ status: 400, description: 'Missing reason' })
  @ApiResponse({ status: 404, description: 'No such post' })
  @ApiResponse({ status: 409, description: 'Not hidden, or claimed by another moderator' })
  @StaffResponses()
  restore(
    @CurrentUser() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: RequiredReasonDto,
  ): Promise<PostModerationResult> {
    return this.moderation.perform(actor, id, 'restore', body.reason.trim());
  }

  // ── threads ──────────────────────────────────────────────────────────────

  @Post('threads/:id/lock')
  @HttpCode(200)
  @ApiOperation({ summary: 'Lock a thread: no more posts (publishes thread.locked)' })
  @ApiResponse({ status: 200 })
  @ApiResponse({ status: 404, description: 'No such thread' })
  @ApiResponse({ status: 409, description: 'Already locked' })
  @StaffResponses()
  lock(
    @CurrentUser() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: OptionalReasonDto,
  ): Promise<ThreadModerationResult> {
    return this.moderation.setThreadLocked(actor, id, true, body.reason ?? null);
  }

  @Post('threads/:id/unlock')
  @HttpCode(200)
  @ApiOperation({ summary: 'Unlock a thread' })
  @ApiResponse({ status: 200 })
  @ApiResponse({ status: 404, description: 'No such thread' })
  @ApiResponse({ status: 409, description: 'Not locked' })
  @StaffResponses()
  unlock(
    @CurrentUser() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: OptionalReasonDto,
  ): Promise<ThreadModerationResult> {
    return this.moderation.setThreadLocked(actor, id, false, body.reason ?? null);
  }

  // ── users ────────────────────────────────────────────────────────────────

  @Post('users/:id/suspend')
  @HttpCode(200)
  @ApiOperation({ summary: 'Suspend an account until a time in the future (moderators: readers and editors only)' })
  @ApiResponse({ status: 200 })
  @ApiResponse({ status: 400, description: 'until missing, malformed or not in the future; reason missing' })
  @ApiResponse({ status: 404, description: 'No such user' })
  @ApiResponse({ status: 409, description: 'The account is banned' })
  @StaffResponses()
  suspend(
    @CurrentUser() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: SuspendUserDto,
  ): Promise<UserModerationResult> {
    return this.moderation.suspend(actor, id, new Date(body.until), body.reason.trim());
  }

  @Post('users/:id/unsuspend')
  @HttpCode(200)
  @ApiOperation({ summary: 'Lift a suspension' })
  @ApiResponse({ status: 200 })
  @ApiResponse({ status: 404, description: 'No such user' })
  @ApiResponse({ status: 409, description: 'Not suspended' })
  @StaffResponses()
  unsuspend(
    @CurrentUser() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: OptionalReasonDto,
  ): Promise<UserModerationResult> {
    return this.moderation.unsuspend(actor, id, body.reason ?? null);
  }

  // ── audit log ────────────────────────────────────────────────────────────

  @Get('log')
  @ApiOperation({ summary: 'The audit log, newest first: who did what to what, when, why, before → after' })
  @ApiResponse({ status: 200 })
  @ApiResponse({ status: 400, description: 'Bad filter or cursor' })
  @StaffResponses()
  log(@Query() query: AuditLogQuery): Promise<Page<AuditLogEntry>> {
    return this.auditLog.list(query);
  }

  // ── watched words ────────────────────────────────────────────────────────

  @Get('watched-words')
  @ApiOperation({ summary: 'Watched words, by pattern' })
  @ApiResponse({ status: 200 })
  @ApiResponse({ status: 400, description: 'Bad cursor' })
  @StaffResponses()
  listWords(@Query() query: PageQuery): Promise<Page<WatchedWordResponse>> {
    return this.watchedWords.list(query.limit, query.cursor);
  }

  @Post('watched-words')
  @ApiOperation({ summary: 'Add a watched word (block, require_approval or flag)' })
  @ApiResponse({ status: 201 })
  @ApiResponse({ status: 400, description: 'Invalid pattern or action' })
  @ApiResponse({ status: 409, description: 'The pattern already exists (ignoring case)' })
  @StaffResponses()
  createWord(@CurrentUser() actor: Actor, @Body() body: CreateWatchedWordDto): Promise<WatchedWordResponse> {
    return this.watchedWords.create(actor, body.pattern, body.action);
  }

  @Delete('watched-words/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a watched word' })
  @ApiResponse({ status: 204 })
  @ApiResponse({ status: 404, description: 'No such watched word' })
  @StaffResponses()
  async deleteWord(@CurrentUser() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<void> {
    await this.watchedWords.remove(actor, id);
  }
}
