import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ActiveUser, CurrentUser, Public, type Actor } from '../../common/auth/decorators.js';
import { UuidParamPipe } from '../../common/http/uuid-param.pipe.js';
import type { Language } from '../../common/i18n/messages.js';
import { RequestLanguage } from '../../common/i18n/request-language.decorator.js';
import type { Page } from '../../common/pagination/cursor.js';
import { RateLimitService } from '../../platform/rate-limit/rate-limit.service.js';
import { RateLimit } from '../../platform/rate-limit/rate-limit.decorator.js';
import { ReadCached } from '../../platform/read-cache/read-cache.interceptor.js';
import './discussions.messages.js';
import { CreatePostDto, ListPostsQuery } from './dto/posts.dto.js';
import type { PostResponse } from './posts.mapper.js';
import { PostsService, type ThreadResponse } from './posts.service.js';

@ApiTags('discussions')
@ApiBearerAuth()
@Controller('threads')
export class ThreadsController {
  constructor(
    private readonly posts: PostsService,
    private readonly rateLimits: RateLimitService,
  ) {}

  @Get(':id')
  @Public()
  @ReadCached((thread: ThreadResponse) => ({ tags: [`thread:${thread.id}`] }))
  @ApiOperation({ summary: 'A thread: {id, articleSlug, title, status, postCount, lastPostAt}' })
  @ApiResponse({ status: 200 })
  @ApiResponse({ status: 404, description: 'No such thread' })
  getThread(@Param('id', UuidParamPipe) id: string, @CurrentUser() viewer: Actor | undefined): Promise<ThreadResponse> {
    return this.posts.getThread(id, viewer);
  }

  @Get(':id/posts')
  @Public()
  @ReadCached((_page: Page<PostResponse>, params) => ({ tags: [`thread:${params.id.toLowerCase()}`] }))
  @ApiOperation({
    summary: 'Posts of a thread, keyset-paginated',
    description:
      'Post-number order (`after=<number>` or `cursor`), or `sort=top` (score desc, then number). Hidden, pending and ' +
      'deleted posts keep their place as placeholders (body and html null), except for staff and, for a pending post, ' +
      'its author. One query per page.',
  })
  @ApiResponse({ status: 200, description: '{items, nextCursor}' })
  @ApiResponse({ status: 400, description: 'Bad limit, after, sort or cursor' })
  @ApiResponse({ status: 404, description: 'No such thread' })
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
  @ApiOperation({ summary: 'Write a post (Markdown, ≤ 20,000 chars); 202 when it waits for approval' })
  @ApiResponse({ status: 201, description: 'The post' })
  @ApiResponse({ status: 202, description: 'The post, pending approval' })
  @ApiResponse({ status: 400, description: 'Invalid body' })
  @ApiResponse({ status: 401 })
  @ApiResponse({ status: 403, description: 'Suspended or banned' })
  @ApiResponse({ status: 404, description: 'No such thread' })
  @ApiResponse({ status: 409, description: 'Thread locked' })
  @ApiResponse({ status: 422, description: 'replyTo is not a post of this thread, or refused by a moderation rule' })
  @ApiResponse({ status: 429, description: 'Rate limited' })
  async createPost(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: CreatePostDto,
    @CurrentUser() actor: Actor,
    @RequestLanguage() language: Language,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PostResponse> {
    await this.rateLimits.consume('postsPerMinute', `user:${actor.id}`);
    const result = await this.posts.createPost(id, body, actor, language);
    response.status(result.pending ? 202 : 201);
    return result.post;
  }
}
