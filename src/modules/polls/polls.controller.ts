import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ActiveUser, CurrentUser, Public, Roles, type Actor } from '../../common/auth/decorators.js';
import { UuidParamPipe } from '../../common/http/uuid-param.pipe.js';
import { pollExpiry, ReadCached } from '../../platform/read-cache/read-cache.interceptor.js';
import { RateLimit } from '../../platform/rate-limit/rate-limit.decorator.js';
import { RateLimitService } from '../../platform/rate-limit/rate-limit.service.js';
import { CreatePollDto, VoteDto } from './dto/polls.dto.js';
import './polls.messages.js';
import type { PollView } from './polls.repository.js';
import { PollsService } from './polls.service.js';

@ApiTags('polls')
@ApiBearerAuth()
@Controller()
export class PollsController {
  constructor(
    private readonly polls: PollsService,
    private readonly rateLimits: RateLimitService,
  ) {}

  @Post('articles/:slug/polls')
  @Roles('editor', 'admin')
  @ApiOperation({ summary: 'Attach a reader poll to an article' })
  @ApiResponse({ status: 201, description: 'The poll, as its author sees it' })
  @ApiResponse({ status: 400, description: 'Invalid fields (labels, maxChoices against mode, closesAt in the past…)' })
  @ApiResponse({ status: 401 })
  @ApiResponse({ status: 403, description: 'Not an editor or admin, or account suspended/banned' })
  @ApiResponse({ status: 404, description: 'No such article' })
  create(@CurrentUser() actor: Actor, @Param('slug') slug: string, @Body() body: CreatePollDto): Promise<PollView> {
    return this.polls.create(actor, slug, body);
  }

  @Get('polls/:id')
  @Public()
  @ReadCached((poll: PollView) => ({ tags: [`poll:${poll.id}`], expiresAt: pollExpiry([poll]) }))
  @ApiOperation({
    summary: 'A poll with its results where visibility allows',
    description:
      'votes, percent and totalVoters appear when resultsVisibility allows it (always; after_vote once the caller voted; ' +
      'after_close once closed) and always for editors, moderators and admins. percent are whole numbers summing to 100 ' +
      '(largest remainder, ties to the earlier option) once anyone voted. myVote is the caller’s option ids, or null.',
  })
  @ApiResponse({ status: 200 })
  @ApiResponse({ status: 404 })
  get(@CurrentUser() actor: Actor | undefined, @Param('id', UuidParamPipe) id: string): Promise<PollView> {
    return this.polls.get(id, actor);
  }

  @Put('polls/:id/vote')
  @ActiveUser()
  @RateLimit('votesPerMinute')
  @ApiOperation({
    summary: 'Vote, or replace my vote',
    description: 'single: exactly one option; multiple: 1..maxChoices distinct options. One ballot per user.',
  })
  @ApiResponse({ status: 200, description: 'The poll as the voter now sees it' })
  @ApiResponse({ status: 400, description: 'Wrong number of options, duplicates, malformed ids' })
  @ApiResponse({ status: 401 })
  @ApiResponse({ status: 403, description: 'Account suspended or banned' })
  @ApiResponse({ status: 404 })
  @ApiResponse({ status: 409, description: 'Poll closed, or already voted where votes may not change' })
  @ApiResponse({ status: 422, description: 'An option of another poll' })
  @ApiResponse({ status: 429, description: 'Rate limited' })
  async vote(
    @CurrentUser() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: VoteDto,
  ): Promise<PollView> {
    await this.rateLimits.consume('votesPerMinute', `user:${actor.id}`);
    return this.polls.vote(actor, id, body.optionIds);
  }

  @Delete('polls/:id/vote')
  @HttpCode(204)
  @ActiveUser()
  @RateLimit('votesPerMinute')
  @ApiOperation({ summary: 'Withdraw my vote (while open, where vote change is allowed)' })
  @ApiResponse({ status: 204, description: 'Withdrawn (or there was no vote)' })
  @ApiResponse({ status: 401 })
  @ApiResponse({ status: 403, description: 'Account suspended or banned' })
  @ApiResponse({ status: 404 })
  @ApiResponse({ status: 409, description: 'Poll closed, or votes may not change' })
  @ApiResponse({ status: 429, description: 'Rate limited' })
  async withdraw(@CurrentUser() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<void> {
    await this.rateLimits.consume('votesPerMinute', `user:${actor.id}`);
    await this.polls.withdrawVote(actor, id);
  }

  @Post('polls/:id/close')
  @HttpCode(200)
  @Roles('editor', 'admin')
  @ApiOperation({ summary: 'Close a poll now (idempotent)' })
  @ApiResponse({ status: 200, description: 'The closed poll' })
  @ApiResponse({ status: 401 })
  @ApiResponse({ status: 403 })
  @ApiResponse({ status: 404 })
  close(@CurrentUser() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<PollView> {
    return this.polls.close(actor, id);
  }
}
