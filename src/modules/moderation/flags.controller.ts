import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ActiveUser, CurrentUser, type Actor } from '../../common/auth/decorators.js';
import { UuidParamPipe } from '../../common/http/uuid-param.pipe.js';
import { RateLimit } from '../../platform/rate-limit/rate-limit.decorator.js';
import { RateLimitService } from '../../platform/rate-limit/rate-limit.service.js';
import { CreateFlagDto } from './dto/moderation.dto.js';
import { FlagsService, type FlagResponse } from './flags.service.js';
import './moderation.messages.js';

@ApiTags('moderation')
@ApiBearerAuth()
@Controller('posts')
export class FlagsController {
  constructor(
    private readonly flags: FlagsService,
    private readonly rateLimits: RateLimitService,
  ) {}

  @Post(':id/flags')
  @ActiveUser()
  @RateLimit('flagsPerHour')
  @ApiOperation({
    summary: 'Flag a post for moderators',
    description: 'One flag per user per post. Flags from FLAG_HIDE_THRESHOLD distinct users hide the post at once.',
  })
  @ApiResponse({ status: 201, description: 'Flag recorded; the post is queued for review' })
  @ApiResponse({ status: 400, description: 'Invalid reason or comment' })
  @ApiResponse({ status: 401, description: 'Not signed in' })
  @ApiResponse({ status: 403, description: 'Suspended or banned' })
  @ApiResponse({ status: 404, description: 'No such post visible to the caller' })
  @ApiResponse({ status: 409, description: 'Already flagged by this user' })
  @ApiResponse({ status: 422, description: 'One cannot flag one’s own post' })
  @ApiResponse({ status: 429, description: 'Too many flags' })
  async flag(
    @CurrentUser() actor: Actor,
    @Param('id', UuidParamPipe) postId: string,
    @Body() body: CreateFlagDto,
  ): Promise<FlagResponse> {
    await this.rateLimits.consume('flagsPerHour', `user:${actor.id}`);
    return this.flags.flag(actor, postId, body.reason, body.comment?.trim() || null);
  }
}
