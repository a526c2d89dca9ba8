import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth/decorators.js';
import type { Page } from '../../common/pagination/cursor.js';
import { RateLimit } from '../../platform/rate-limit/rate-limit.decorator.js';
import { SearchQueryDto, type SearchItem } from './dto/search-query.dto.js';
import { SearchService } from './search.service.js';
import './search.messages.js';

@ApiTags('search')
@ApiBearerAuth()
@Controller('search')
export class SearchController {
  constructor(private readonly searchService: SearchService) {}

  @Get()
  @Public()
  @RateLimit('searchPerMinute')
  @ApiOperation({
    summary: 'French full-text search over visible posts and published articles',
    description:
      'Accent- and plural-insensitive (unaccent + French stemming), websearch syntax, ranked by relevance. ' +
      'Each item: {type:"post"|"article", id, articleSlug, articleTitle, threadId?, number?, author, excerpt, createdAt}; ' +
      '`excerpt` is escaped HTML whose only tags are <mark>…</mark> around the matched words.',
  })
  @ApiResponse({ status: 200, description: '{items, nextCursor}' })
  @ApiResponse({ status: 400, description: 'q missing or longer than 200 characters, bad limit or cursor' })
  @ApiResponse({ status: 404, description: 'article: no published article has this slug' })
  @ApiResponse({ status: 429, description: 'Too many searches from this IP; see Retry-After' })
  async search(@Query() query: SearchQueryDto): Promise<Page<SearchItem>> {
    return this.searchService.search(query);
  }
}
