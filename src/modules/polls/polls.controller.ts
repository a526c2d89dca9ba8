import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ActiveUser, CurrentUser, Public, Roles, type Actor } from '../../common/auth/decorators.js';
import { UuidParamPipe } from '../../common/http/uuid-param.pipe.js';
import { pollExpiry, ReadCached } from '../../platform/read-cache/read-cache.interceptor.js';
import { ApiProblems } from '../../common/openapi/api-problems.decorator.js';
import { RateLimit } from '../../platform/rate-limit/rate-limit.decorator.js';
import { RateLimitService } from '../../platform/rate-limit/rate-limit.service.js';
import { CreatePollDto, PollBallotDto } from './dto/polls.dto.js';
import { PollDto } from './dto/polls.responses.js';
import './polls.messages.js';
import type { PollView } from './polls.repository.js';
import { PollsService } from './polls.service.js';

@ApiTags('polls')
@Controller()
export class PollsController {
  constructor(
    private readonly polls: PollsService,
    private readonly rateLimits: RateLimitService,
  ) {}

  @Post('articles/:slug/polls')
  @Roles('editor', 'admin')
  @ApiOperation({
    operationId: 'createArticlePoll',
    summary: 'Attach a reader poll to an article',
    description:
      '2–10 distinct options; single or multiple choice; results visible always, after voting or after closing.',
  })
  @ApiCreatedResponse({ type: PollDto, description: 'The poll, as its author sees it' })
  @ApiProblems({
    400: 'Invalid fields (labels, maxChoices against mode, closesAt in the past…)',
    403: 'Not an editor or admin, or account suspended/banned',
    404: 'No such article',
  })
  create(@CurrentUser() actor: Actor, @Param('slug') slug: string, @Body() body: CreatePollDto): Promise<PollView> {
    return this.polls.create(actor, slug, body);
  }

  @Get('polls/:id')
  @Public()
  @ReadCached((poll: PollView) => ({ tags: [`poll:${poll.id}`], expiresAt: pollExpiry([poll]) }))
  @ApiOperation({
    operationId: 'getPoll',
    summary: 'A poll with its results where visibility allows',
    description:
      'votes, percent and totalVoters appear when resultsVisibility allows it (always; after_vote once the caller voted; ' +
      'after_close once closed) and always for editors, moderators and admins. percent are whole numbers summing to 100 ' +
      '(largest remainder, ties to the earlier option) once anyone voted. myVote is the caller’s option ids, or null.',
  })
  @ApiOkResponse({ type: PollDto })
  get(@CurrentUser() actor: Actor | undefined, @Param('id', UuidParamPipe) id: string): Promise<PollView> {
    return this.polls.get(id, actor);
  }

  @Put('polls/:id/vote')
  @ActiveUser()
  @RateLimit('votesPerMinute')
  @ApiOperation({
    operationId: 'votePoll',
    summary: 'Vote, or replace my vote',
    description: 'single: exactly one option; multiple: 1..maxChoices distinct options. One ballot per user.',
  })
  @ApiOkResponse({ type: PollDto, description: 'The poll as the voter now sees it' })
  @ApiProblems({
    400: 'Wrong number of options, duplicates, malformed ids',
    409: 'Poll closed, or already voted where votes may not change',
    422: 'An option of another poll',
  })
  async vote(
    @CurrentUser() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: PollBallotDto,
  ): Promise<PollView> {
    await this.rateLimits.consume('votesPerMinute', `user:${actor.id}`);
    return this.polls.vote(actor, id, body.optionIds);
  }

  @Delete('polls/:id/vote')
  @HttpCode(204)
  @ActiveUser()
  @RateLimit('votesPerMinute')
  @ApiOperation({
    operationId: 'withdrawPollVote',
    summary: 'Withdraw my vote on a poll',
    description: 'While the poll is open and where vote change is allowed; without a vote, also 204.',
  })
  @ApiNoContentResponse({ description: 'Withdrawn (or there was no vote)' })
  @ApiProblems({ 409: 'Poll closed, or votes may not change' })
  async withdraw(@CurrentUser() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<void> {
    await this.rateLimits.consume('votesPerMinute', `user:${actor.id}`);
    await this.polls.withdrawVote(actor, id);
  }

  @Post('polls/:id/close')
  @HttpCode(200)
  @Roles('editor', 'admin')
  @ApiOperation({
    operationId: 'closePoll',
    summary: 'Close a poll now',
    description: 'Idempotent: closing a closed poll answers it unchanged. Editors and admins.',
  })
  @ApiOkResponse({ type: PollDto, description: 'The closed poll' })
  close(@CurrentUser() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<PollView> {
    return this.polls.close(actor, id);
  }
}
