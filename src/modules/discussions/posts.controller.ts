import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ActiveUser, Authenticated, CurrentUser, Public, type Actor } from '../../common/auth/decorators.js';
import { UuidParamPipe } from '../../common/http/uuid-param.pipe.js';
import type { Language } from '../../common/i18n/messages.js';
import { RequestLanguage } from '../../common/i18n/request-language.decorator.js';
import { RateLimit } from '../../platform/rate-limit/rate-limit.decorator.js';
import { RateLimitService } from '../../platform/rate-limit/rate-limit.service.js';
import './discussions.messages.js';
import { EditPostDto, VoteDto, VoteResultDto } from './dto/posts.dto.js';
import type { PostResponse } from './posts.mapper.js';
import { PostsService, type RevisionResponse } from './posts.service.js';
import { VotesService, type VoteResult } from './votes.service.js';

@ApiTags('discussions')
@ApiBearerAuth()
@Controller('posts')
export class PostsController {
  constructor(
    private readonly posts: PostsService,
    private readonly votes: VotesService,
    private readonly rateLimits: RateLimitService,
  ) {}

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'One post (a placeholder without body when the caller may not read it)' })
  @ApiResponse({ status: 200 })
  @ApiResponse({ status: 404 })
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
    summary: 'Edit a post; each edit keeps a revision',
    description:
      'The author while the thread is open (and within the edit window when one is set); moderators and admins.',
  })
  @ApiResponse({ status: 200, description: 'The post' })
  @ApiResponse({ status: 202, description: 'The post, sent back to approval by a moderation rule' })
  @ApiResponse({ status: 400 })
  @ApiResponse({ status: 401 })
  @ApiResponse({ status: 403, description: 'Not the author, edit window passed, suspended or banned' })
  @ApiResponse({ status: 404 })
  @ApiResponse({ status: 409, description: 'Thread locked, or post deleted' })
  @ApiResponse({ status: 422, description: 'Refused by a moderation rule' })
  async editPost(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: EditPostDto,
    @CurrentUser() actor: Actor,
    @RequestLanguage() language: Language,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PostResponse> {
    const result = await this.posts.editPost(id, body, actor, language);
    response.status(result.pending ? 202 : 200);
    return result.post;
  }

  @Get(':id/revisions')
  @Authenticated()
  @ApiOperation({
    summary: "A post's revisions, oldest first",
    description:
      'The author and moderators/admins. Every post is public at least as a placeholder, so other signed-in users get 403 (not 404).',
  })
  @ApiResponse({ status: 200 })
  @ApiResponse({ status: 401 })
  @ApiResponse({ status: 403 })
  @ApiResponse({ status: 404 })
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
  @ApiOperation({ summary: 'Soft-delete my post: the number stays, the body leaves public view' })
  @ApiResponse({ status: 204 })
  @ApiResponse({ status: 401 })
  @ApiResponse({ status: 403, description: 'Not the author' })
  @ApiResponse({ status: 404 })
  async deletePost(@Param('id', UuidParamPipe) id: string, @CurrentUser() actor: Actor): Promise<void> {
    await this.posts.deletePost(id, actor);
  }

  @Put(':id/vote')
  @ActiveUser()
  @RateLimit('votesPerMinute')
  @ApiOperation({ summary: 'Vote +1 or -1 (one vote per user; voting again changes it)' })
  @ApiResponse({ status: 200, type: VoteResultDto })
  @ApiResponse({ status: 400 })
  @ApiResponse({ status: 401 })
  @ApiResponse({ status: 403 })
  @ApiResponse({ status: 404 })
  @ApiResponse({ status: 409, description: 'The post is not visible' })
  @ApiResponse({ status: 422, description: 'Voting on one own post' })
  @ApiResponse({ status: 429 })
  async vote(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: VoteDto,
    @CurrentUser() actor: Actor,
  ): Promise<VoteResult> {
    await this.rateLimits.consume('votesPerMinute', `user:${actor.id}`);
    return this.votes.vote(id, actor, body.value as 1 | -1);
  }

  @Delete(':id/vote')
  @ActiveUser()
  @RateLimit('votesPerMinute')
  @ApiOperation({ summary: 'Withdraw my vote' })
  @ApiResponse({ status: 200, type: VoteResultDto })
  @ApiResponse({ status: 401 })
  @ApiResponse({ status: 403 })
  @ApiResponse({ status: 404 })
  @ApiResponse({ status: 429 })
  async withdrawVote(@Param('id', UuidParamPipe) id: string, @CurrentUser() actor: Actor): Promise<VoteResult> {
    await this.rateLimits.consume('votesPerMinute', `user:${actor.id}`);
    return this.votes.withdraw(id, actor);
  }
}
