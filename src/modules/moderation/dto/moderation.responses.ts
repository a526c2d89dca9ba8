import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { ROLES, type AccountStatus, type Role } from '../../../common/auth/decorators.js';
import { PageOf } from '../../../common/openapi/page.dto.js';
import { FLAG_REASONS, type FlagReason } from '../../discussions/entities/post-flag.entity.js';
import type { PostStatus } from '../../discussions/entities/post.entity.js';
import type { AuditLogEntry } from '../audit-log.service.js';
import type { ModerationKind, ModerationReasons } from '../entities/moderation-item.entity.js';
import type { FlagResponse } from '../flags.service.js';
import type { PostModerationResult, ThreadModerationResult, UserModerationResult } from '../moderation.service.js';
import type { ErrorReportSubject, PostSubject, QueueItem } from '../queue.service.js';
import { WATCHED_ACTIONS_BY_SEVERITY, type WatchedAction } from '../watched-words.js';
import type { WatchedWordResponse } from '../watched-words.service.js';

const KINDS: ModerationKind[] = ['flagged', 'pending', 'error_report', 'dsa_notice', 'appeal'];
const POST_STATUSES: PostStatus[] = ['visible', 'pending', 'hidden', 'deleted'];

export class FlagDto implements FlagResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) postId: string;
  @ApiProperty({ enum: FLAG_REASONS }) reason: FlagReason;
  @ApiProperty({ type: String, nullable: true, example: 'Propos injurieux envers un autre lecteur' })
  comment: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class StaffUserRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true, description: 'null for an erased account' }) username: string | null;
}

class UsernameRefDto {
  @ApiProperty({ type: String, nullable: true }) username: string | null;
}

class QueueAppealReasonDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) decisionId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) decidedById: string | null;
  @ApiProperty() explanation: string;
}

export class QueueReasonsDto implements ModerationReasons {
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 1 },
    description: 'Flag counts by reason',
    example: { spam: 2, abuse: 1 },
  })
  flags?: Partial<Record<string, number>>;
  @ApiPropertyOptional({ type: [String], description: 'Watched words that matched', example: ['arnaque'] })
  watchedWords?: string[];
  @ApiPropertyOptional({ description: "A new account's post held for approval" }) newAccount?: boolean;
  @ApiPropertyOptional({ description: 'Hidden at once by the flag threshold' }) autoHidden?: boolean;
  @ApiPropertyOptional({ description: 'An error report to handle' }) errorReport?: boolean;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'Open notices of illegal content (DSA art. 16)' })
  dsaNotices?: number;
  @ApiPropertyOptional({ type: [String], description: 'The legal grounds the notices cite' }) legalGrounds?: string[];
  @ApiPropertyOptional({ description: 'The author is under pre-moderation' }) userPremoderation?: boolean;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'Links in a post held for them' }) links?: number;
  @ApiPropertyOptional({ type: QueueAppealReasonDto, description: "The author's appeal (DSA art. 20)" })
  appeal?: QueueAppealReasonDto;
}

class QueuePostDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) number: number;
  @ApiProperty() body: string;
  @ApiProperty() html: string;
  @ApiProperty({ enum: POST_STATUSES }) status: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) flagCount: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

class QueuePostAuthorDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true }) username: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) postCount: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Earlier moderation actions on this author' })
  previousModeration: number;
}

class QueueThreadDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['open', 'locked'] }) status: string;
}

class QueueArticleDto {
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
}

class QueueFlagDto {
  @ApiProperty({ enum: FLAG_REASONS }) reason: string;
  @ApiProperty({ type: String, nullable: true }) comment: string | null;
  @ApiProperty({ description: 'open, upheld or dismissed' }) outcome: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: UsernameRefDto, nullable: true }) by: UsernameRefDto | null;
}

export class QueuePostSubjectDto implements PostSubject {
  @ApiProperty({ enum: ['post'] }) type: 'post';
  @ApiProperty({ type: QueuePostDto, nullable: true }) post: QueuePostDto | null;
  @ApiProperty({ type: QueuePostAuthorDto, nullable: true }) author: QueuePostAuthorDto | null;
  @ApiProperty({ type: QueueThreadDto, nullable: true }) thread: QueueThreadDto | null;
  @ApiProperty({ type: QueueArticleDto, nullable: true }) article: QueueArticleDto | null;
  @ApiProperty({ type: [QueueFlagDto] }) flags: QueueFlagDto[];
}

class QueueErrorReportDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() quote: string;
  @ApiProperty({ type: String, nullable: true }) suggestion: string | null;
  @ApiProperty({ type: String, nullable: true }) comment: string | null;
  @ApiProperty() status: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class QueueErrorReportSubjectDto implements ErrorReportSubject {
  @ApiProperty({ enum: ['error_report'] }) type: 'error_report';
  @ApiProperty({ type: QueueErrorReportDto, nullable: true }) report: QueueErrorReportDto | null;
  @ApiProperty({ type: QueueArticleDto, nullable: true }) article: QueueArticleDto | null;
}

@ApiExtraModels(QueuePostSubjectDto, QueueErrorReportSubjectDto)
export class QueueItemDto implements QueueItem {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: KINDS }) kind: ModerationKind;
  @ApiProperty({ enum: ['open', 'resolved'] }) status: 'open' | 'resolved';
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: QueueReasonsDto, description: 'Why it is in the queue' }) reasons: QueueReasonsDto;
  @ApiProperty({
    oneOf: [{ $ref: getSchemaPath(QueuePostSubjectDto) }, { $ref: getSchemaPath(QueueErrorReportSubjectDto) }],
    discriminator: {
      propertyName: 'type',
      mapping: { post: getSchemaPath(QueuePostSubjectDto), error_report: getSchemaPath(QueueErrorReportSubjectDto) },
    },
    description: 'What the item is about, with the context needed to decide',
  })
  subject: QueuePostSubjectDto | QueueErrorReportSubjectDto;
  @ApiProperty({ type: StaffUserRefDto, nullable: true }) claimedBy: StaffUserRefDto | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) claimedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) resolution: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) resolvedAt: string | null;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Optimistic concurrency version' }) version: number;
}

export const QueuePageDto = PageOf(QueueItemDto, 'QueuePage');

export class QueueClaimDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: StaffUserRefDto }) claimedBy: StaffUserRefDto;
  @ApiProperty({ format: 'date-time' }) claimedAt: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) version: number;
}

class ModeratedPostDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) threadId: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) number: number;
  @ApiProperty({ enum: POST_STATUSES }) status: PostStatus;
  @ApiProperty({ type: 'integer', minimum: 0 }) flagCount: number;
  @ApiProperty({ type: String, nullable: true, example: 'Propos injurieux' }) moderationReason: string | null;
}

class ResolvedItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'approved' }) resolution: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) version: number;
}

export class PostModerationResultDto implements PostModerationResult {
  @ApiProperty({ type: ModeratedPostDto }) post: ModeratedPostDto;
  @ApiProperty({ type: ResolvedItemDto, nullable: true, description: 'The queue item this action resolved' })
  item: ResolvedItemDto | null;
}

export class ThreadModerationResultDto implements ThreadModerationResult {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['open', 'locked'] }) status: 'open' | 'locked';
}

export class UserModerationResultDto implements UserModerationResult {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true }) username: string | null;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ enum: ['active', 'suspended', 'banned'] }) status: AccountStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) suspendedUntil: string | null;
}

const JSON_OBJECT = { type: 'object', additionalProperties: true, nullable: true } as const;

export class AuditLogEntryDto implements AuditLogEntry {
  @ApiProperty({ description: 'Identity id, as text' }) id: string;
  @ApiProperty({ type: StaffUserRefDto, nullable: true }) actor: StaffUserRefDto | null;
  @ApiProperty({ type: String, nullable: true, example: 'moderator' }) actorRole: string | null;
  @ApiProperty({ example: 'post.hide' }) action: string;
  @ApiProperty({ example: 'post' }) targetType: string;
  @ApiProperty() targetId: string;
  @ApiProperty({ type: String, nullable: true, example: 'Propos injurieux' }) reason: string | null;
  @ApiProperty({ ...JSON_OBJECT, description: 'The target before the action' }) before: Record<string, unknown> | null;
  @ApiProperty({ ...JSON_OBJECT, description: 'The target after the action' }) after: Record<string, unknown> | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export const AuditLogPageDto = PageOf(AuditLogEntryDto, 'AuditLogPage');

export class WatchedWordDto implements WatchedWordResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'arnaque*' }) pattern: string;
  @ApiProperty({ enum: WATCHED_ACTIONS_BY_SEVERITY }) action: WatchedAction;
  @ApiProperty({ type: StaffUserRefDto, nullable: true }) createdBy: StaffUserRefDto | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export const WatchedWordPageDto = PageOf(WatchedWordDto, 'WatchedWordPage');
