import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ActiveUser, CurrentUser, type Actor } from '../../common/auth/decorators.js';
import { UuidParamPipe } from '../../common/http/uuid-param.pipe.js';
import { ApiProblems } from '../../common/openapi/api-problems.decorator.js';
import { RateLimit } from '../../platform/rate-limit/rate-limit.decorator.js';
import { RateLimitService } from '../../platform/rate-limit/rate-limit.service.js';
import { CreateFlagDto } from './dto/moderation.dto.js';
import { FlagDto } from './dto/moderation.responses.js';
import { FlagsService, type FlagResponse } from './flags.service.js';
import './moderation.messages.js';

@ApiTags('moderation')
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
    operationId: 'flagPost',
    summary: 'Flag a post for moderators',
    description: 'One flag per user per post. Flags from FLAG_HIDE_THRESHOLD distinct users hide the post at once.',
  })
  @ApiCreatedResponse({ type: FlagDto, description: 'Flag recorded; the post is queued for review' })
  @ApiProblems({
    400: 'Invalid reason or comment',
    403: 'Suspended or banned',
    404: 'No such post visible to the caller',
    409: 'Already flagged by this user',
    422: 'One cannot flag one’s own post',
    429: 'Too many flags',
  })
  async flag(
    @CurrentUser() actor: Actor,
    @Param('id', UuidParamPipe) postId: string,
    @Body() body: CreateFlagDto,
  ): Promise<FlagResponse> {
    await this.rateLimits.consume('flagsPerHour', `user:${actor.id}`);
    return this.flags.flag(actor, postId, body.reason, body.comment?.trim() || null);
  }
}
