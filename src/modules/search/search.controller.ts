import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth/decorators.js';
import { ApiProblems } from '../../common/openapi/api-problems.decorator.js';
import type { Page } from '../../common/pagination/cursor.js';
import { RateLimit } from '../../platform/rate-limit/rate-limit.decorator.js';
import { SearchPageDto, SearchQueryDto, type SearchItem } from './dto/search-query.dto.js';
import { SearchService } from './search.service.js';
import './search.messages.js';

@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(private readonly searchService: SearchService) {}

  @Get()
  @Public()
  @RateLimit('searchPerMinute')
  @ApiOperation({
    operationId: 'search',
    summary: 'French full-text search over visible posts and published articles',
    description:
      'Accent- and plural-insensitive (unaccent + French stemming), websearch syntax, ranked by relevance. ' +
      'Each item: {type:"post"|"article", id, articleSlug, articleTitle, threadId?, number?, author, excerpt, createdAt}; ' +
      '`excerpt` is escaped HTML whose only tags are <mark>…</mark> around the matched words.',
  })
  @ApiOkResponse({ type: SearchPageDto })
  @ApiProblems({
    400: 'q missing or longer than 200 characters, bad limit or cursor',
    404: 'article: no published article has this slug',
    429: 'Too many searches from this IP',
  })
  async search(@Query() query: SearchQueryDto): Promise<Page<SearchItem>> {
    return this.searchService.search(query);
  }
}
