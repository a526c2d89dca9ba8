import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PageQuery } from '../../../common/pagination/cursor.js';
import { FLAG_REASONS, type FlagReason } from '../../discussions/entities/post-flag.entity.js';
import { WATCHED_ACTIONS_BY_SEVERITY, type WatchedAction } from '../watched-words.js';

export class CreateFlagDto {
  @ApiProperty({ enum: FLAG_REASONS })
  @IsIn(FLAG_REASONS)
  reason: FlagReason;

  @ApiPropertyOptional({ maxLength: 1000, example: 'Propos injurieux envers un autre lecteur' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  comment?: string;
}

export class QueueQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['flagged', 'pending', 'error_report', 'dsa_notice', 'appeal'] })
  @IsOptional()
  @IsIn(['flagged', 'pending', 'error_report', 'dsa_notice', 'appeal'])
  kind?: 'flagged' | 'pending' | 'error_report' | 'dsa_notice' | 'appeal';

  @ApiPropertyOptional({ enum: ['open', 'resolved'], default: 'open' })
  @IsOptional()
  @IsIn(['open', 'resolved'])
  status?: 'open' | 'resolved';

  @ApiPropertyOptional({
    description: 'Only items about this article (its posts and error reports), by slug',
    example: 'reforme-des-retraites',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  article?: string;

  @ApiPropertyOptional({
    enum: ['oldest', 'newest'],
    default: 'oldest',
    description:
      '`oldest`: by creation, oldest first (the work queue). `newest`: latest first — resolved items by the time ' +
      'they were resolved (the history of decisions), open ones by creation. Each order has its own cursors.',
  })
  @IsOptional()
  @IsIn(['oldest', 'newest'])
  order?: 'oldest' | 'newest';
}

export class OptionalReasonDto {
  @ApiPropertyOptional({ maxLength: 500, example: 'Débat apaisé, discussion rouverte' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class RequiredReasonDto {
  @ApiProperty({ minLength: 1, maxLength: 500, example: 'Propos injurieux' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason: string;
}

export class SuspendUserDto {
  @ApiProperty({ description: 'End of the suspension (ISO 8601, in the future)', example: '2030-01-01T00:00:00Z' })
  @IsString()
  @IsISO8601({ strict: true })
  until: string;

  @ApiProperty({ minLength: 1, maxLength: 500, example: 'Insultes répétées' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason: string;
}

export class CreateWatchedWordDto {
  @ApiProperty({
    minLength: 1,
    maxLength: 100,
    description: 'A word or phrase; `*` allowed at the start or end',
    example: 'arnaque*',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  pattern: string;

  @ApiProperty({ enum: WATCHED_ACTIONS_BY_SEVERITY })
  @IsIn(WATCHED_ACTIONS_BY_SEVERITY)
  action: WatchedAction;
}

export class AuditLogQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Actor user id', format: 'uuid' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  actor?: string;

  @ApiPropertyOptional({ example: 'post.hide' })
  @IsOptional()
  @IsString()
  @MaxLength(48)
  action?: string;

  @ApiPropertyOptional({ example: 'post' })
  @IsOptional()
  @IsString()
  @MaxLength(24)
  targetType?: string;

  @ApiPropertyOptional({ maxLength: 64, description: 'Target id' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  targetId?: string;
}
