import { Body, Controller, Get, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  ApiKeyScope,
  CurrentService,
  CurrentUser,
  Public,
  Roles,
  type Actor,
  type ServicePrincipal,
} from '../../common/auth/decorators.js';
import type { Language } from '../../common/i18n/messages.js';
import { RequestLanguage } from '../../common/i18n/request-language.decorator.js';
import { PageQuery, type Page } from '../../common/pagination/cursor.js';
import { pollExpiry, ReadCached } from '../../platform/read-cache/read-cache.interceptor.js';
import './articles.messages.js';
import { ArticlesService, type ArticleResponse, type ArticleSummaryResponse } from './articles.service.js';
import { ArticleSyncService } from './article-sync.service.js';
import { CreateArticleDto, SyncArticleDto, UpdateArticleDto } from './dto/articles.dto.js';

@ApiTags('articles')
@ApiBearerAuth()
@Controller('articles')
export class ArticlesController {
  constructor(
    private readonly articles: ArticlesService,
    private readonly articleSync: ArticleSyncService,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Published articles, newest first (keyset-paginated)' })
  @ApiResponse({ status: 200, description: '{items, nextCursor}' })
  @ApiResponse({ status: 400, description: 'Bad limit or cursor' })
  list(@Query() query: PageQuery, @RequestLanguage() language: Language): Promise<Page<ArticleSummaryResponse>> {
    return this.articles.list(query, language);
  }

  @Post()
  @Roles('editor', 'admin')
  @ApiOperation({ summary: 'Create an article and, in the same transaction, its discussion thread' })
  @ApiResponse({ status: 201, description: 'The article, with thread, polls and corrections' })
  @ApiResponse({ status: 400 })
  @ApiResponse({ status: 401 })
  @ApiResponse({ status: 403, description: 'Not an editor or admin, or suspended/banned' })
  @ApiResponse({ status: 409, description: 'The explicit slug is taken' })
  create(
    @Body() body: CreateArticleDto,
    @CurrentUser() actor: Actor,
    @RequestLanguage() language: Language,
  ): Promise<ArticleResponse> {
    return this.articles.create(body, actor, language);
  }

  @Get(':slug')
  @Public()
  @ReadCached((article: ArticleResponse) => {
    const polls = article.polls as Array<{ id: string; status: string; closesAt: string | null }>;
    return {
      tags: [`article:${article.id}`, `thread:${article.thread.id}`, ...polls.map((poll) => `poll:${poll.id}`)],
      expiresAt: pollExpiry(polls),
    };
  })
  @ApiOperation({ summary: 'One article with thread:{id,status,postCount}, polls and corrections (oldest first)' })
  @ApiResponse({ status: 200 })
  @ApiResponse({ status: 404 })
  get(
    @Param('slug') slug: string,
    @CurrentUser() viewer: Actor | undefined,
    @RequestLanguage() language: Language,
  ): Promise<ArticleResponse> {
    return this.articles.get(slug, viewer, language);
  }

  @Patch(':slug')
  @Roles('editor', 'admin')
  @ApiOperation({ summary: 'Edit an article; {correctionNote} appends to the public corrections log' })
  @ApiResponse({ status: 200 })
  @ApiResponse({ status: 400 })
  @ApiResponse({ status: 401 })
  @ApiResponse({ status: 403 })
  @ApiResponse({ status: 404 })
  @ApiResponse({ status: 409, description: 'The new slug is taken' })
  update(
    @Param('slug') slug: string,
    @Body() body: UpdateArticleDto,
    @CurrentUser() actor: Actor,
    @RequestLanguage() language: Language,
  ): Promise<ArticleResponse> {
    return this.articles.update(slug, body, actor, language);
  }

  @Put('by-external-id/:externalId')
  @Roles('editor', 'admin')
  @ApiKeyScope('articles:write')
  @ApiOperation({
    summary: "Create or update the CMS's article by its own id (idempotent)",
    description:
      'For the newsroom CMS, with a service API key holding `articles:write` (or as an editor or admin). ' +
      '201 the first time, 200 after, with the same `id`, `slug` and thread, also when two calls race. The body ' +
      'replaces the article (absent optional fields are reset) except `publishedAt`, kept when absent. A changed ' +
      'text makes a new revision and re-checks the quote of every open error report (`quoteFound`).',
  })
  @ApiResponse({ status: 200, description: 'Updated' })
  @ApiResponse({ status: 201, description: 'Created, with its discussion thread' })
  @ApiResponse({ status: 400, description: 'Malformed externalId or body' })
  @ApiResponse({ status: 401, description: 'No credentials, or an unknown or revoked key' })
  @ApiResponse({
    status: 403,
    description: 'Key without `articles:write`, or a user who is not an active editor/admin',
  })
  async sync(
    @Param('externalId') externalId: string,
    @Body() body: SyncArticleDto,
    @CurrentUser() actor: Actor | undefined,
    @CurrentService() service: ServicePrincipal | undefined,
    @RequestLanguage() language: Language,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ArticleResponse> {
    const writer = service
      ? { kind: 'service' as const, keyId: service.keyId }
      : { kind: 'user' as const, actor: actor! };
    const { created, article } = await this.articleSync.sync(externalId, body, writer, language);
    response.status(created ? 201 : 200);
    return article;
  }
}
