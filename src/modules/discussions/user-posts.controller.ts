import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { UserPostPageDto } from './dto/posts.responses.js';
import { CurrentUser, Public, type Actor } from '../../common/auth/decorators.js';
import type { Language } from '../../common/i18n/messages.js';
import { RequestLanguage } from '../../common/i18n/request-language.decorator.js';
import { PageQuery, type Page } from '../../common/pagination/cursor.js';
import './discussions.messages.js';
import { PostsService, type UserPostResponse } from './posts.service.js';

@ApiTags('discussions')
@Controller('users')
export class UserPostsController {
  constructor(private readonly posts: PostsService) {}

  @Get(':username/posts')
  @Public()
  @ApiOperation({
    operationId: 'listUserPosts',
    summary: "A user's visible posts, newest first, each with its article's title and slug",
    description: 'Keyset-paginated (`cursor`, `limit` 1..100).',
  })
  @ApiResponse({ status: 200, type: UserPostPageDto })
  @ApiResponse({ status: 400, description: 'Bad limit or cursor' })
  @ApiResponse({ status: 404, description: 'No such user' })
  list(
    @Param('username') username: string,
    @Query() query: PageQuery,
    @CurrentUser() viewer: Actor | undefined,
    @RequestLanguage() language: Language,
  ): Promise<Page<UserPostResponse>> {
    return this.posts.listUserPosts(username, query, viewer, language);
  }
}
