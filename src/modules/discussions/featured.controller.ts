import { Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { FeaturedPostPageDto, PostDto } from './dto/posts.responses.js';
import { CurrentUser, Public, Roles, type Actor } from '../../common/auth/decorators.js';
import { UuidParamPipe } from '../../common/http/uuid-param.pipe.js';
import type { Language } from '../../common/i18n/messages.js';
import { RequestLanguage } from '../../common/i18n/request-language.decorator.js';
import type { Page } from '../../common/pagination/cursor.js';
import { ReadCached } from '../../platform/read-cache/read-cache.interceptor.js';
import './discussions.messages.js';
import { PostFeaturesService } from './post-features.service.js';
import type { PostResponse } from './posts.mapper.js';
import { PostsService } from './posts.service.js';

/** "Choix de la rédaction": the newsroom's featured posts of a thread, and featuring one. */
@ApiTags('discussions')
@Controller()
export class FeaturedController {
  constructor(
    private readonly posts: PostsService,
    private readonly features: PostFeaturesService,
  ) {}

  @Get('threads/:id/featured')
  @Public()
  @ReadCached((_page: Page<PostResponse>, params) => ({ tags: [`thread:${params.id.toLowerCase()}`] }))
  @ApiOperation({
    operationId: 'listFeaturedPosts',
    summary: 'Posts featured by the newsroom, most recently featured first (visible posts, at most 100)',
    description: 'One page: `nextCursor` is always null.',
  })
  @ApiResponse({ status: 200, type: FeaturedPostPageDto })
  @ApiResponse({ status: 404, description: 'No such thread' })
  featured(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() viewer: Actor | undefined,
    @RequestLanguage() language: Language,
  ): Promise<Page<PostResponse>> {
    return this.posts.listFeatured(id, viewer, language);
  }

  @Post('moderation/posts/:id/feature')
  @HttpCode(200)
  @Roles('editor', 'moderator', 'admin')
  @ApiOperation({
    operationId: 'featurePost',
    summary: 'Feature a visible post ("choix de la rédaction"); audited; thread event post.featured',
    description: 'Featuring a featured post changes nothing (200, no audit entry, no event).',
  })
  @ApiResponse({ status: 200, type: PostDto, description: 'The post, `featured: true`' })
  @ApiResponse({ status: 401 })
  @ApiResponse({ status: 403, description: 'Not an editor, moderator or admin, or suspended/banned' })
  @ApiResponse({ status: 404, description: 'No such post' })
  @ApiResponse({ status: 409, description: 'The post is not visible' })
  feature(
    @CurrentUser() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @RequestLanguage() language: Language,
  ): Promise<PostResponse> {
    return this.features.setFeatured(actor, id, true, language);
  }

  @Delete('moderation/posts/:id/feature')
  @Roles('editor', 'moderator', 'admin')
  @ApiOperation({
    operationId: 'unfeaturePost',
    summary: 'Stop featuring a post; audited; thread event post.featured with featured: false',
    description: 'Unfeaturing a post that is not featured changes nothing.',
  })
  @ApiResponse({ status: 200, type: PostDto, description: 'The post, `featured: false`' })
  @ApiResponse({ status: 401 })
  @ApiResponse({ status: 403, description: 'Not an editor, moderator or admin, or suspended/banned' })
  @ApiResponse({ status: 404, description: 'No such post' })
  unfeature(
    @CurrentUser() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @RequestLanguage() language: Language,
  ): Promise<PostResponse> {
    return this.features.setFeatured(actor, id, false, language);
  }
}
