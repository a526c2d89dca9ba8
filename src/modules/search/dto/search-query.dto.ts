import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { PageOf } from '../../../common/openapi/page.dto.js';
import { PageQuery } from '../../../common/pagination/cursor.js';

export const SEARCH_QUERY_MAX_LENGTH = 200;
/** PostgreSQL text cannot hold NUL: refuse it here rather than fail in the database. */
const NO_NUL = /^[^\u0000]*$/;

/** `GET /api/search?q=&article=&cursor=&limit=` */
export class SearchQueryDto extends PageQuery {
  @ApiProperty({
    minLength: 1,
    maxLength: SEARCH_QUERY_MAX_LENGTH,
    description: 'websearch_to_tsquery syntax: words, "a phrase", or, -excluded. Accents and plurals are ignored.',
    example: 'réforme des retraites',
  })
  @IsString()
  @Length(1, SEARCH_QUERY_MAX_LENGTH)
  @Matches(NO_NUL)
  q: string;

  @ApiPropertyOptional({ maxLength: 120, description: "An article's slug: search only that article and its thread" })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  @Matches(NO_NUL)
  article?: string;
}

export interface SearchAuthor {
  username: string;
  displayName: string;
}

/** One hit: a visible post or a published article. */
export interface SearchItem {
  type: 'post' | 'article';
  id: string;
  articleSlug: string;
  articleTitle: string;
  threadId?: string;
  number?: number;
  author: SearchAuthor | null;
  /** Escaped text with the matched words wrapped in <mark>…</mark>: safe to insert as HTML. */
  excerpt: string;
  createdAt: string;
}

export class SearchAuthorDto implements SearchAuthor {
  @ApiProperty({ example: 'marie_l' }) username: string;
  @ApiProperty({ example: 'Marie L.' }) displayName: string;
}

export class SearchItemDto implements SearchItem {
  @ApiProperty({ enum: ['post', 'article'] }) type: 'post' | 'article';
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'reforme-des-retraites-ce-qui-change' }) articleSlug: string;
  @ApiProperty({ example: 'Réforme des retraites : ce qui change au 1er janvier' }) articleTitle: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Posts only' }) threadId?: string;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'Posts only' }) number?: number;
  @ApiProperty({ type: SearchAuthorDto, nullable: true }) author: SearchAuthorDto | null;
  @ApiProperty({
    description: 'Escaped text whose only tags are <mark>…</mark> around the matched words: safe to insert as HTML',
    example: '… la <mark>réforme</mark> des <mark>retraites</mark> entre en vigueur …',
  })
  excerpt: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export const SearchPageDto = PageOf(SearchItemDto, 'SearchPage');
