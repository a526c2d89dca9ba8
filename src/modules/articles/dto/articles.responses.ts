import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../../common/openapi/page.dto.js';
import { PostAuthorDto } from '../../discussions/dto/posts.responses.js';
import type { ThreadStatus } from '../../discussions/entities/thread.entity.js';
import type { ArticleResponse, ArticleSummaryResponse } from '../articles.service.js';
import { RelatedLinkDto, SourceDto } from './articles.dto.js';

export class ArticleThreadRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['open', 'locked'] }) status: ThreadStatus;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Visible posts', example: 12 }) postCount: number;
}

export class ArticleCorrectionDto {
  @ApiProperty({ example: 'Une version précédente de cet article indiquait un taux de chômage de 7,1 %.' })
  note: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ArticleSummaryDto implements ArticleSummaryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'reforme-des-retraites-ce-qui-change' }) slug: string;
  @ApiProperty({ example: 'Réforme des retraites : ce qui change au 1er janvier' }) title: string;
  @ApiProperty({ example: 'Âge de départ, durée de cotisation, pensions : le point sur les nouvelles règles.' })
  summary: string;
  @ApiProperty({ type: PostAuthorDto }) author: PostAuthorDto;
  @ApiProperty({ format: 'date-time' }) publishedAt: string;
  @ApiProperty({ type: ArticleThreadRefDto }) thread: ArticleThreadRefDto;
}

export const ArticlePageDto = PageOf(ArticleSummaryDto, 'ArticlePage');

export class ArticleDto extends ArticleSummaryDto implements ArticleResponse {
  @ApiProperty({ type: String, nullable: true, format: 'uri', description: "The article's page on the news site" })
  url: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "The CMS's id (PUT /api/articles/by-external-id/{externalId})",
  })
  externalId: string | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description:
      "When the discussion closes by itself (the article's own, or THREAD_AUTO_CLOSE_DAYS after publication)",
  })
  discussionClosesAt: string | null;
  @ApiProperty({ description: 'Markdown source', example: 'Le gouvernement a présenté **mercredi** sa réforme…' })
  body: string;
  @ApiProperty({ description: 'HTML rendered from the Markdown and sanitized by the server' }) bodyHtml: string;
  @ApiProperty({ type: [SourceDto] }) sources: SourceDto[];
  @ApiProperty({ type: [String], example: ['Et vous, qu’en pensez-vous ?'] }) discussionPrompts: string[];
  @ApiProperty({ type: [RelatedLinkDto] }) related: RelatedLinkDto[];
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Incremented by every edit of the text' }) revision: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  // The polls module owns the Poll schema (it joins the article page through a registered provider).
  @ApiProperty({ type: 'array', items: { $ref: '#/components/schemas/Poll' }, description: 'Polls, oldest first' })
  polls: unknown[];
  @ApiProperty({ type: [ArticleCorrectionDto], description: 'The public corrections log, oldest first' })
  corrections: ArticleCorrectionDto[];
}
