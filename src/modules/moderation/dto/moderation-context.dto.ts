import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsISO8601, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PageQuery } from '../../../common/pagination/cursor.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateNoteDto {
  @ApiProperty({ minLength: 1, maxLength: 2000, example: 'Averti par message privé le 12/11 pour propos agressifs.' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  body: string;
}

export class PremoderateDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'Until when (omitted: until lifted)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  until?: string;

  @ApiProperty({ minLength: 1, maxLength: 500, example: 'Messages hors sujet répétés.' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason: string;
}

export class QueueCountsQuery {
  @ApiPropertyOptional({
    description: 'Count only the items about this article (its posts and error reports), by slug, as the queue filters',
    example: 'reforme-des-retraites',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  article?: string;
}

export class QueueCountsDto {
  @ApiProperty() flagged: number;
  @ApiProperty() pending: number;
  @ApiProperty({ name: 'error_report' }) error_report: number;
  @ApiProperty({ name: 'dsa_notice' }) dsa_notice: number;
  @ApiProperty() appeal: number;
  @ApiProperty({
    description:
      'Of the open appeals (counted in `appeal`), those against a decision the caller took: another staff member decides them',
  })
  ownAppeals: number;
}

export class NoteDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() body: string;
  @ApiProperty({ nullable: true, type: String, description: "The staff member's username" }) author: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

class ContextUserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true }) username: string | null;
  @ApiProperty({ type: String, nullable: true }) displayName: string | null;
  @ApiProperty({ enum: ['reader', 'editor', 'moderator', 'admin'] }) role: string;
  @ApiProperty({ enum: ['active', 'suspended', 'banned'] }) status: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) suspendedUntil: string | null;
  @ApiProperty({ type: String, nullable: true }) sanctionReason: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

class ContextPremoderationDto {
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'null: until lifted' })
  until: string | null;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ format: 'date-time' }) since: string;
}

class ContextCountsDto {
  @ApiProperty({ type: 'integer', minimum: 0 }) posts: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) visible: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) pending: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) hidden: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) deleted: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) rejected: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) flagsReceived: number;
}

class ContextSanctionDto {
  @ApiProperty({ example: 'user.suspend' }) action: string;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The staff member's username" }) by: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) after: Record<string, unknown> | null;
}

class ContextArticleDto {
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
}

class ContextPostDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) threadId: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) number: number;
  @ApiProperty({ enum: ['visible', 'pending', 'hidden', 'deleted'] }) status: string;
  @ApiProperty({ description: 'The first characters of the Markdown source' }) excerpt: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: ContextArticleDto }) article: ContextArticleDto;
}

/** GET /api/moderation/users/{id}: what a moderator needs at a glance. */
export class UserContextDto {
  @ApiProperty({ type: ContextUserDto }) user: ContextUserDto;
  @ApiProperty({ type: ContextPremoderationDto, nullable: true }) premoderation: ContextPremoderationDto | null;
  @ApiProperty({ type: ContextCountsDto }) counts: ContextCountsDto;
  @ApiProperty({ type: [ContextSanctionDto] }) sanctions: ContextSanctionDto[];
  @ApiProperty({ type: [ContextPostDto], description: 'The last 20, newest first' }) lastPosts: ContextPostDto[];
  @ApiProperty({ type: [NoteDto] }) notes: NoteDto[];
}

export class PremoderationDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'null: until lifted' })
  until: string | null;
  @ApiProperty() reason: string;
}

/** GET /api/moderation/users: find an account by a part of its username or display name. */
export class UserSearchQuery extends PageQuery {
  @ApiProperty({ minLength: 2, maxLength: 64, description: 'Any part of the username or display name, any case' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(64)
  q: string;
}

export class UserSearchItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() username: string;
  @ApiProperty({ type: String, nullable: true }) displayName: string | null;
  @ApiProperty({ enum: ['reader', 'editor', 'moderator', 'admin'] }) role: string;
  @ApiProperty({ enum: ['active', 'suspended', 'banned'], description: 'Effective: an ended suspension is active' })
  status: string;
}

export class UserSearchPageDto {
  @ApiProperty({ type: [UserSearchItemDto] }) items: UserSearchItemDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Opaque cursor of the next page, null on the last page' })
  nextCursor: string | null;
}
