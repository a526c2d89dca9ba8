import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Public } from '../../common/auth/decorators.js';
import { badRequest, type ProblemError } from '../../common/errors/problem.js';
import { sqlRows } from '../../database/sql.js';
import { SLUG_PATTERN } from './dto/articles.dto.js';

const MAX_ARTICLES = 100;

export class CountsDto {
  @ApiProperty({
    description: 'Visible posts per article slug; unknown or unpublished slugs are left out',
    example: { 'le-budget-vote': 12 },
    additionalProperties: { type: 'integer' },
  })
  counts: Record<string, number>;
}

/**
 * The script a news site puts on its pages: it fills every
 * `[data-tribune-count="slug"]` with that article's comment count, in one request
 * to /api/counts on the script's own origin.
 */
export const COUNT_SCRIPT =
  '(function(){var d=document,s=d.currentScript,o=s&&s.src?new URL(s.src).origin:"",m={},k=[];' +
  'd.querySelectorAll("[data-tribune-count]").forEach(function(e){var g=e.getAttribute("data-tribune-count");' +
  'if(!m[g]){m[g]=[];k.push(g)}m[g].push(e)});if(!k.length)return;' +
  'fetch(o+"/api/counts?articles="+k.slice(0,100).map(encodeURIComponent).join(",")).then(function(r){return r.json()})' +
  '.then(function(j){Object.keys(j.counts||{}).forEach(function(g){(m[g]||[]).forEach(function(e){e.textContent=j.counts[g]})})})})();\n';

/** Comment counts for article lists on the news site (cacheable, anyone). */
@ApiTags('articles')
@Public()
@Controller()
export class CountsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('counts')
  @Header('Cache-Control', 'public, max-age=30')
  @Header('Access-Control-Allow-Origin', '*')
  @Header('Cross-Origin-Resource-Policy', 'cross-origin')
  @ApiOperation({
    operationId: 'getCommentCounts',
    summary: 'Visible posts of up to 100 articles, by slug (cacheable 30 s)',
    description: 'A slug of no published article is left out of `counts`. Callable from any origin.',
  })
  @ApiQuery({ name: 'articles', description: 'Comma-separated slugs (1–100)', example: 'le-budget-vote,la-greve' })
  @ApiResponse({ status: 200, type: CountsDto })
  @ApiResponse({ status: 400, description: 'No slug, more than 100, or a malformed one' })
  async counts(@Query('articles') articles: unknown): Promise<CountsDto> {
    const slugs = parseSlugs(articles);
    const rows = await sqlRows<{ slug: string; count: number }>(
      this.dataSource,
      `SELECT a.slug, t.visible_post_count AS count
         FROM articles a JOIN threads t ON t.article_id = a.id
        WHERE a.slug = ANY ($1::varchar[]) AND a.published_at <= now()`,
      [slugs],
    );
    return { counts: Object.fromEntries(rows.map((row) => [row.slug, row.count])) };
  }

  @Get('count.js')
  @Header('Content-Type', 'application/javascript; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=300')
  @Header('Cross-Origin-Resource-Policy', 'cross-origin')
  @ApiOperation({
    operationId: 'getCountScript',
    summary: 'The comment-count script for the news site (fills [data-tribune-count="slug"])',
    description: 'About 500 bytes; one request to /api/counts on the origin it was loaded from.',
  })
  @ApiResponse({
    status: 200,
    description: 'JavaScript',
    content: { 'application/javascript': { schema: { type: 'string' } } },
  })
  countScript(): string {
    return COUNT_SCRIPT;
  }
}

function parseSlugs(value: unknown): string[] {
  const invalid = (code: string): ProblemError => badRequest('validation.failed', {}, [{ field: 'articles', code }]);
  if (typeof value !== 'string' || value.trim() === '') throw invalid('counts.articles_required');
  const slugs = [...new Set(value.split(',').map((slug) => slug.trim()))];
  if (slugs.length > MAX_ARTICLES) throw invalid('counts.too_many');
  if (slugs.some((slug) => slug.length > 120 || !SLUG_PATTERN.test(slug))) throw invalid('counts.bad_slug');
  return slugs;
}
