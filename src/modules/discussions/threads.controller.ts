import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ActiveUser, CurrentUser, Public, type Actor } from '../../common/auth/decorators.js';
import { UuidParamPipe } from '../../common/http/uuid-param.pipe.js';
import { ApiProblems } from '../../common/openapi/api-problems.decorator.js';
import type { Language } from '../../common/i18n/messages.js';
import { RequestLanguage } from '../../common/i18n/request-language.decorator.js';
import type { Page } from '../../common/pagination/cursor.js';
import { RateLimitService } from '../../platform/rate-limit/rate-limit.service.js';
import { RateLimit } from '../../platform/rate-limit/rate-limit.decorator.js';
import { ReadCached } from '../../platform/read-cache/read-cache.interceptor.js';
import './discussions.messages.js';
import { CreatePostDto, ListPostsQuery } from './dto/posts.dto.js';
import { PostDto, PostPageDto, ThreadDto } from './dto/posts.responses.js';
import type { PostResponse } from './posts.mapper.js';
import { PostsService, type ThreadResponse } from './posts.service.js';

@ApiTags('discussions')
@Controller('threads')
export class ThreadsController {
  constructor(
    private readonly posts: PostsService,
    private readonly rateLimits: RateLimitService,
  ) {}

  @Get(':id')
  @Public()
  @ReadCached((thread: ThreadResponse) => ({ tags: [`thread:${thread.id}`] }))
  @ApiOperation({
    operationId: 'getThread',
    summary: 'A thread',
    description:
      'The discussion thread of an article: status (open or locked), visible post count, last post time. ' +
      'The thread of an article not yet published is 404 except to staff.',
  })
  @ApiOkResponse({ type: ThreadDto })
  @ApiProblems({ 404: 'No such thread' })
  getThread(@Param('id', UuidParamPipe) id: string, @CurrentUser() viewer: Actor | undefined): Promise<ThreadResponse> {
    return this.posts.getThread(id, viewer);
  }

  @Get(':id/posts')
  @Public()
  @ReadCached((_page: Page<PostResponse>, params) => ({ tags: [`thread:${params.id.toLowerCase()}`] }))
  @ApiOperation({
    operationId: 'listThreadPosts',
    summary: 'Posts of a thread, keyset-paginated',
    description:
      'Post-number order (`after=<number>` or `cursor`), or `sort=top` (score desc, then number). Hidden, pending and ' +
      'deleted posts keep their place as placeholders (body and html null), except for staff and, for a pending post, ' +
      'its author. One query per page.',
  })
  @ApiOkResponse({ type: PostPageDto })
  @ApiProblems({ 400: 'Bad limit, after, sort or cursor', 404: 'No such thread' })
  listPosts(
    @Param('id', UuidParamPipe) id: string,
    @Query() query: ListPostsQuery,
    @CurrentUser() viewer: Actor | undefined,
    @RequestLanguage() language: Language,
  ): Promise<Page<PostResponse>> {
    return this.posts.listPosts(id, query, viewer, language);
  }

  @Post(':id/posts')
  @ActiveUser()
  @RateLimit('postsPerMinute')
  @ApiOperation({
    operationId: 'createThreadPost',
    summary: 'Write a post',
    description:
      'Markdown, ≤ 20,000 characters, optionally replying to a post of the same thread. 201 when published, 202 when ' +
      'it waits for approval (pre-moderation, watched word). Rate-limited per IP and per account (postsPerMinute).',
  })
  @ApiCreatedResponse({ type: PostDto, description: 'Published' })
  @ApiAcceptedResponse({ type: PostDto, description: 'Waiting for approval (status pending)' })
  @ApiProblems({
    403: 'Suspended or banned',
    404: 'No such thread, or replyTo names a post the caller cannot see',
    409: 'Thread locked or closed',
    422: 'replyTo is not a post of this thread, or refused by a moderation rule',
  })
  async createPost(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: CreatePostDto,
    @CurrentUser() actor: Actor,
    @RequestLanguage() language: Language,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PostResponse> {
    await this.rateLimits.consume('postsPerMinute', `user:${actor.id}`);
    const result = await this.posts.createPost(id, body, actor, language);
    reply.status(result.pending ? 202 : 201);
    return result.post;
  }
}
