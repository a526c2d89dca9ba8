import { Body, Controller, Get, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
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
import { ApiProblems } from '../../common/openapi/api-problems.decorator.js';
import { RequestLanguage } from '../../common/i18n/request-language.decorator.js';
import type { Page } from '../../common/pagination/cursor.js';
import { pollExpiry, ReadCached } from '../../platform/read-cache/read-cache.interceptor.js';
import './articles.messages.js';
import { ArticlesService, type ArticleResponse, type ArticleSummaryResponse } from './articles.service.js';
import { ArticleSyncService } from './article-sync.service.js';
import { CreateArticleDto, ListArticlesQuery, SyncArticleDto, UpdateArticleDto } from './dto/articles.dto.js';
import { ArticleDto, ArticlePageDto } from './dto/articles.responses.js';

@ApiTags('articles')
@Controller('articles')
export class ArticlesController {
  constructor(
    private readonly articles: ArticlesService,
    private readonly articleSync: ArticleSyncService,
  ) {}

  @Get()
  @Public()
  @ApiOperation({
    operationId: 'listArticles',
    summary: 'Published articles, newest first',
    description:
      'Keyset-paginated; an article whose publication time is in the future is not listed yet, except to editors ' +
      'and admins who ask `include=unpublished` (the newsroom desk).',
  })
  @ApiOkResponse({ type: ArticlePageDto })
  @ApiProblems({
    400: 'Bad limit, cursor or include',
    401: 'include=unpublished while signed out',
    403: 'include=unpublished by someone other than an editor or admin',
  })
  list(
    @Query() query: ListArticlesQuery,
    @CurrentUser() viewer: Actor | undefined,
    @RequestLanguage() language: Language,
  ): Promise<Page<ArticleSummaryResponse>> {
    return this.articles.list(query, language, viewer);
  }

  @Post()
  @Roles('editor', 'admin')
  @ApiOperation({
    operationId: 'createArticle',
    summary: 'Create an article',
    description: 'Its discussion thread is created in the same transaction. Editors and admins.',
  })
  @ApiCreatedResponse({ type: ArticleDto, description: 'The article, with thread, polls and corrections' })
  @ApiProblems({ 403: 'Not an editor or admin, or suspended/banned', 409: 'The explicit slug is taken' })
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
      expiresAt: earliest(pollExpiry(polls), discussionClosing(article)),
    };
  })
  @ApiOperation({
    operationId: 'getArticle',
    summary: 'One article',
    description:
      'With its thread {id, status, postCount}, its polls and its public corrections log (oldest first). ' +
      'An article not yet published is 404 except to staff.',
  })
  @ApiOkResponse({ type: ArticleDto })
  get(
    @Param('slug') slug: string,
    @CurrentUser() viewer: Actor | undefined,
    @RequestLanguage() language: Language,
  ): Promise<ArticleResponse> {
    return this.articles.get(slug, viewer, language);
  }

  @Patch(':slug')
  @Roles('editor', 'admin')
  @ApiOperation({
    operationId: 'updateArticle',
    summary: 'Edit an article',
    description: 'Any subset of the fields; `correctionNote` appends a dated note to the public corrections log.',
  })
  @ApiOkResponse({ type: ArticleDto, description: 'The article after the edit' })
  @ApiProblems({ 409: 'The new slug is taken' })
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
    operationId: 'syncArticleByExternalId',
    summary: "Create or update the CMS's article by its own id (idempotent)",
    description:
      'For the newsroom CMS, with a service API key holding `articles:write` (or as an editor or admin). ' +
      '201 the first time, 200 after, with the same `id`, `slug` and thread, also when two calls race. The body ' +
      'replaces the article (absent optional fields are reset) except `publishedAt`, kept when absent. A changed ' +
      'text makes a new revision and re-checks the quote of every open error report (`quoteFound`).',
  })
  @ApiOkResponse({ type: ArticleDto, description: 'Updated' })
  @ApiCreatedResponse({ type: ArticleDto, description: 'Created, with its discussion thread' })
  @ApiProblems({
    400: 'Malformed externalId or body',
    401: 'No credentials, or an unknown or revoked key',
    403: 'Key without `articles:write`, or a user who is not an active editor/admin',
  })
  async sync(
    @Param('externalId') externalId: string,
    @Body() body: SyncArticleDto,
    @CurrentUser() actor: Actor | undefined,
    @CurrentService() service: ServicePrincipal | undefined,
    @RequestLanguage() language: Language,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ArticleResponse> {
    const writer = service
      ? { kind: 'service' as const, keyId: service.keyId }
      : { kind: 'user' as const, actor: actor! };
    const { created, article } = await this.articleSync.sync(externalId, body, writer, language);
    reply.status(created ? 201 : 200);
    return article;
  }
}

/** When an open discussion closes by itself at its article's closing time: the page shows it locked from then. */
function discussionClosing(article: ArticleResponse): number | null {
  if (article.thread.status !== 'open' || !article.discussionClosesAt) return null;
  return Date.parse(article.discussionClosesAt);
}

function earliest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}
