import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Put, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ActiveUser, Authenticated, CurrentUser, Public, type Actor } from '../../common/auth/decorators.js';
import { UuidParamPipe } from '../../common/http/uuid-param.pipe.js';
import { ApiProblems } from '../../common/openapi/api-problems.decorator.js';
import type { Language } from '../../common/i18n/messages.js';
import { RequestLanguage } from '../../common/i18n/request-language.decorator.js';
import { RateLimit } from '../../platform/rate-limit/rate-limit.decorator.js';
import { RateLimitService } from '../../platform/rate-limit/rate-limit.service.js';
import './discussions.messages.js';
import { EditPostDto, PostVoteDto, VoteResultDto } from './dto/posts.dto.js';
import { PostDto, PostRevisionDto } from './dto/posts.responses.js';
import type { PostResponse } from './posts.mapper.js';
import { PostsService, type RevisionResponse } from './posts.service.js';
import { VotesService, type VoteResult } from './votes.service.js';

@ApiTags('discussions')
@Controller('posts')
export class PostsController {
  constructor(
    private readonly posts: PostsService,
    private readonly votes: VotesService,
    private readonly rateLimits: RateLimitService,
  ) {}

  @Get(':id')
  @Public()
  @ApiOperation({
    operationId: 'getPost',
    summary: 'One post',
    description:
      'A hidden, pending or deleted post is a placeholder (body and html null) except to staff and, for its own ' +
      'pending post, its author.',
  })
  @ApiOkResponse({ type: PostDto })
  getPost(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() viewer: Actor | undefined,
    @RequestLanguage() language: Language,
  ): Promise<PostResponse> {
    return this.posts.getPost(id, viewer, language);
  }

  @Patch(':id')
  @ActiveUser()
  @ApiOperation({
    operationId: 'editPost',
    summary: 'Edit a post; each edit keeps a revision',
    description:
      'The author while the thread is open (and within the edit window when one is set); moderators and admins.',
  })
  @ApiOkResponse({ type: PostDto, description: 'The post after the edit' })
  @ApiAcceptedResponse({ type: PostDto, description: 'The post, sent back to approval by a moderation rule' })
  @ApiProblems({
    403: 'Not the author, edit window passed, suspended or banned',
    409: 'Thread locked, or post deleted',
    422: 'Refused by a moderation rule (blocked word)',
  })
  async editPost(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: EditPostDto,
    @CurrentUser() actor: Actor,
    @RequestLanguage() language: Language,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PostResponse> {
    const result = await this.posts.editPost(id, body, actor, language);
    reply.status(result.pending ? 202 : 200);
    return result.post;
  }

  @Get(':id/revisions')
  @Authenticated()
  @ApiOperation({
    operationId: 'listPostRevisions',
    summary: "A post's revisions, oldest first",
    description:
      'The author and moderators/admins. Every post is public at least as a placeholder, so other signed-in users get 403 (not 404).',
  })
  @ApiOkResponse({ type: [PostRevisionDto] })
  @ApiProblems({ 403: 'Neither the author nor staff' })
  listRevisions(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() actor: Actor,
    @RequestLanguage() language: Language,
  ): Promise<RevisionResponse[]> {
    return this.posts.listRevisions(id, actor, language);
  }

  @Delete(':id')
  @HttpCode(204)
  @ActiveUser()
  @ApiOperation({
    operationId: 'deletePost',
    summary: 'Delete my post',
    description:
      'Soft delete: the number stays, the body leaves public view. Deleting a pending post resolves its queue item.',
  })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems({ 403: 'Not the author, suspended or banned' })
  async deletePost(@Param('id', UuidParamPipe) id: string, @CurrentUser() actor: Actor): Promise<void> {
    await this.posts.deletePost(id, actor);
  }

  @Put(':id/vote')
  @ActiveUser()
  @RateLimit('votesPerMinute')
  @ApiOperation({
    operationId: 'votePost',
    summary: 'Vote +1 or -1 on a post',
    description:
      'One vote per user and post; voting again changes it. Rate-limited per IP and per account (votesPerMinute).',
  })
  @ApiOkResponse({ type: VoteResultDto })
  @ApiProblems({ 409: 'The post is not visible', 422: 'Voting on one own post' })
  async vote(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: PostVoteDto,
    @CurrentUser() actor: Actor,
  ): Promise<VoteResult> {
    await this.rateLimits.consume('votesPerMinute', `user:${actor.id}`);
    return this.votes.vote(id, actor, body.value as 1 | -1);
  }

  @Delete(':id/vote')
  @ActiveUser()
  @RateLimit('votesPerMinute')
  @ApiOperation({
    operationId: 'withdrawPostVote',
    summary: 'Withdraw my vote on a post',
    description: 'Idempotent: without a vote the score is unchanged.',
  })
  @ApiOkResponse({ type: VoteResultDto })
  async withdrawVote(@Param('id', UuidParamPipe) id: string, @CurrentUser() actor: Actor): Promise<VoteResult> {
    await this.rateLimits.consume('votesPerMinute', `user:${actor.id}`);
    return this.votes.withdraw(id, actor);
  }
}
