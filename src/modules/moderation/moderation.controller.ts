import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiKeyScope, CurrentUser, Roles, type Actor } from '../../common/auth/decorators.js';
import { UuidParamPipe } from '../../common/http/uuid-param.pipe.js';
import { ApiProblems } from '../../common/openapi/api-problems.decorator.js';
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
import {
  AuditLogPageDto,
  PostModerationResultDto,
  QueueClaimDto,
  QueuePageDto,
  ThreadModerationResultDto,
  UserModerationResultDto,
  WatchedWordDto,
  WatchedWordPageDto,
} from './dto/moderation.responses.js';
import './moderation.messages.js';
import {
  ModerationService,
  type PostModerationResult,
  type ThreadModerationResult,
  type UserModerationResult,
} from './moderation.service.js';
import { QueueService, type QueueItem } from './queue.service.js';
import { WatchedWordsService, type WatchedWordResponse } from './watched-words.service.js';

@ApiTags('moderation')
@Roles('moderator', 'admin')
@ApiProblems({ 403: 'Not a moderator or admin, or suspended/banned' })
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
  @ApiKeyScope('moderation:read')
  @ApiOperation({
    operationId: 'listModerationQueue',
    summary: 'The review queue, oldest first',
    description:
      'Each item says why it is there (`reasons`: flag counts by reason, watched word, new account, auto-hidden) and ' +
      'carries the context needed to decide (`subject`). Filters: kind, status (default open), article; ' +
      '`order=newest` lists the latest first (resolved items by resolution time).',
  })
  @ApiOkResponse({ type: QueuePageDto })
  @ApiProblems({ 400: 'Bad filter or cursor' })
  listQueue(@Query() query: QueueQuery): Promise<Page<QueueItem>> {
    return this.queue.list({
      kind: query.kind,
      status: query.status,
      article: query.article,
      order: query.order,
      limit: query.limit,
      cursor: query.cursor,
    });
  }

  @Post('queue/:id/claim')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'claimQueueItem',
    summary: 'Claim a queue item',
    description: 'Advisory, for 15 minutes: another moderator acting on the item meanwhile gets 409.',
  })
  @ApiOkResponse({ type: QueueClaimDto })
  @ApiProblems({ 404: 'No such item', 409: 'Claimed by another moderator, or already resolved' })
  claim(@CurrentUser() actor: Actor, @Param('id', UuidParamPipe) id: string) {
    return this.queue.claim(actor, id);
  }

  @Delete('queue/:id/claim')
  @HttpCode(204)
  @ApiOperation({
    operationId: 'releaseQueueItem',
    summary: 'Release a claim',
    description: "Releasing an unclaimed item is a no-op; admins may release anyone's claim.",
  })
  @ApiNoContentResponse({ description: 'Released' })
  @ApiProblems({ 404: 'No such item', 409: 'Claimed by another moderator' })
  async release(@CurrentUser() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<void> {
    await this.queue.release(actor, id);
  }

  // ── posts ────────────────────────────────────────────────────────────────

  @Post('posts/:id/approve')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'approvePost',
    summary: 'Approve a post',
    description:
      'A pending post becomes visible; on a flagged post the flags are dismissed and the post restored; on a post ' +
      'under DSA notices the post is kept and its open notices are dismissed. Audited.',
  })
  @ApiOkResponse({ type: PostModerationResultDto })
  @ApiProblems({
    404: 'No such post',
    409: 'Nothing to approve, or the item is claimed by another moderator',
  })
  approve(
    @CurrentUser() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: OptionalReasonDto,
  ): Promise<PostModerationResult> {
    return this.moderation.perform(actor, id, 'approve', body.reason ?? null);
  }

  @Post('posts/:id/reject')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'rejectPost',
    summary: 'Reject a pending post',
    description: 'The post becomes hidden; its author is told. Audited.',
  })
  @ApiOkResponse({ type: PostModerationResultDto })
  @ApiProblems({
    404: 'No such post',
    409: 'The post is not pending, or the item is claimed by another moderator',
  })
  reject(
    @CurrentUser() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: OptionalReasonDto,
  ): Promise<PostModerationResult> {
    return this.moderation.perform(actor, id, 'reject', body.reason ?? null);
  }

  @Post('posts/:id/hide')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'hidePost',
    summary: 'Hide a post',
    description:
      'With a reason shown to its author; the number stays, the body leaves public view. Audited. On a post ' +
      'hidden automatically by the flag threshold whose item is still open (flags or notices), confirms the hide: ' +
      'the item is resolved and the post stays hidden (no second statement of reasons).',
  })
  @ApiOkResponse({ type: PostModerationResultDto })
  @ApiProblems({
    400: 'Missing reason',
    404: 'No such post',
    409: 'Already hidden (and no open item to confirm) or deleted, or claimed by another moderator',
  })
  hide(
    @CurrentUser() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: RequiredReasonDto,
  ): Promise<PostModerationResult> {
    return this.moderation.perform(actor, id, 'hide', body.reason.trim());
  }

  @Post('posts/:id/restore')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'restorePost',
    summary: 'Restore a hidden post',
    description: 'The post is visible again. Audited, with the reason.',
  })
  @ApiOkResponse({ type: PostModerationResultDto })
  @ApiProblems({ 400: 'Missing reason', 404: 'No such post', 409: 'Not hidden, or claimed by another moderator' })
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
  @ApiOperation({
    operationId: 'lockThread',
    summary: 'Lock a thread',
    description: 'No more posts (409 to writers); publishes thread.locked. Audited.',
  })
  @ApiOkResponse({ type: ThreadModerationResultDto })
  @ApiProblems({ 404: 'No such thread', 409: 'Already locked' })
  lock(
    @CurrentUser() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: OptionalReasonDto,
  ): Promise<ThreadModerationResult> {
    return this.moderation.setThreadLocked(actor, id, true, body.reason ?? null);
  }

  @Post('threads/:id/unlock')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'unlockThread',
    summary: 'Unlock a thread',
    description: 'Readers may post again. Audited.',
  })
  @ApiOkResponse({ type: ThreadModerationResultDto })
  @ApiProblems({ 404: 'No such thread', 409: 'Not locked' })
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
  @ApiOperation({
    operationId: 'suspendUser',
    summary: 'Suspend an account until a time in the future',
    description:
      'Moderators suspend readers and editors only; admins anyone but themselves. The user keeps reading and cannot ' +
      'write; live tokens stop working for writes at once. Audited.',
  })
  @ApiOkResponse({ type: UserModerationResultDto })
  @ApiProblems({
    400: 'until missing, malformed or not in the future; reason missing',
    403: 'Not allowed on this account (rank), or not a moderator or admin',
    404: 'No such user',
    409: 'The account is banned',
  })
  suspend(
    @CurrentUser() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: SuspendUserDto,
  ): Promise<UserModerationResult> {
    return this.moderation.suspend(actor, id, new Date(body.until), body.reason.trim());
  }

  @Post('users/:id/unsuspend')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'unsuspendUser',
    summary: 'Lift a suspension',
    description: 'Same rank rule as suspending. Audited.',
  })
  @ApiOkResponse({ type: UserModerationResultDto })
  @ApiProblems({ 404: 'No such user', 409: 'Not suspended' })
  unsuspend(
    @CurrentUser() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: OptionalReasonDto,
  ): Promise<UserModerationResult> {
    return this.moderation.unsuspend(actor, id, body.reason ?? null);
  }

  // ── audit log ────────────────────────────────────────────────────────────

  @Get('log')
  @ApiKeyScope('moderation:read')
  @ApiOperation({
    operationId: 'listAuditLog',
    summary: 'The audit log, newest first',
    description: 'Who did what to what, when, why, before → after. Append-only: no route edits or deletes it.',
  })
  @ApiOkResponse({ type: AuditLogPageDto })
  @ApiProblems({ 400: 'Bad filter or cursor' })
  log(@Query() query: AuditLogQuery): Promise<Page<AuditLogEntry>> {
    return this.auditLog.list(query);
  }

  // ── watched words ────────────────────────────────────────────────────────

  @Get('watched-words')
  @ApiOperation({
    operationId: 'listWatchedWords',
    summary: 'Watched words, by pattern',
    description: 'Each with its action: block (422 to the writer), require_approval (held), flag (queued).',
  })
  @ApiOkResponse({ type: WatchedWordPageDto })
  @ApiProblems({ 400: 'Bad limit or cursor' })
  listWords(@Query() query: PageQuery): Promise<Page<WatchedWordResponse>> {
    return this.watchedWords.list(query.limit, query.cursor);
  }

  @Post('watched-words')
  @ApiOperation({
    operationId: 'createWatchedWord',
    summary: 'Add a watched word',
    description: 'A word or phrase, `*` allowed at the start or end; action block, require_approval or flag. Audited.',
  })
  @ApiCreatedResponse({ type: WatchedWordDto })
  @ApiProblems({ 400: 'Invalid pattern or action', 409: 'The pattern already exists (ignoring case)' })
  createWord(@CurrentUser() actor: Actor, @Body() body: CreateWatchedWordDto): Promise<WatchedWordResponse> {
    return this.watchedWords.create(actor, body.pattern, body.action);
  }

  @Delete('watched-words/:id')
  @HttpCode(204)
  @ApiOperation({
    operationId: 'deleteWatchedWord',
    summary: 'Remove a watched word',
    description: 'Posts already held or flagged stay in the queue. Audited.',
  })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiProblems({ 404: 'No such watched word' })
  async deleteWord(@CurrentUser() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<void> {
    await this.watchedWords.remove(actor, id);
  }
}
