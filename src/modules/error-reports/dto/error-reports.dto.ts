import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { PageQuery } from '../../../common/pagination/cursor.js';
import type { ErrorReportStatus } from '../entities/error-report.entity.js';
import type { ErrorReportResolution } from '../error-reports.policy.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

const STATUSES: ErrorReportStatus[] = ['open', 'accepted', 'fixed', 'rejected', 'duplicate'];
const RESOLUTIONS: ErrorReportResolution[] = ['accepted', 'rejected', 'fixed', 'duplicate'];

/**
 * A reader's error report. Every field is stored as plain text, exactly as sent
 * (after trimming): it is never rendered as HTML by the server, so clients must
 * escape it when they display it.
 */
export class CreateErrorReportDto {
  @ApiProperty({
    minLength: 1,
    maxLength: 1000,
    description:
      'The wrong passage, copied from the article (whitespace, case and typographic quotes are ignored when matching). Plain text.',
  })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  quote: string;

  @ApiPropertyOptional({ maxLength: 2000, description: 'The proposed correction. Plain text.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  suggestion?: string | null;

  @ApiPropertyOptional({ maxLength: 2000, description: 'Anything else the newsroom should know. Plain text.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  comment?: string | null;

  @ApiPropertyOptional({
    maxLength: 320,
    description: 'Anonymous reporters only: an address for follow-up. Private (staff only); ignored when signed in.',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(320)
  @IsEmail()
  email?: string | null;
}

export class ListErrorReportsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: ErrorReportStatus;

  @ApiPropertyOptional({ description: "The article's slug" })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  @Matches(/^[^\s]+$/)
  article?: string;
}

export class UpdateErrorReportDto {
  @ApiProperty({
    enum: RESOLUTIONS,
    description: 'open → accepted|rejected|duplicate|fixed; accepted → fixed|rejected',
  })
  @IsIn(RESOLUTIONS)
  status: ErrorReportResolution;

  @ApiPropertyOptional({
    maxLength: 2000,
    description: 'Why; shown in the history to staff and to the reporter. Plain text.',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  note?: string | null;

  @ApiPropertyOptional({
    minLength: 1,
    maxLength: 2000,
    description: 'With status "fixed": a dated note appended to the article\'s public corrections log. Plain text.',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  correctionNote?: string | null;

  @ApiPropertyOptional({ format: 'uuid', description: 'With status "duplicate": another report on the same article.' })
  @IsOptional()
  @IsUUID()
  duplicateOfId?: string | null;
}

/** Response shapes (documented for OpenAPI; built by the service's mapper). */
export class ErrorReportCreatedDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['open'] }) status: 'open';
}

class ArticleRefDto {
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
}

class UserRefDto {
  @ApiProperty({ nullable: true, type: String }) username: string | null;
}

export class ErrorReportEventDto {
  @ApiProperty({ enum: STATUSES, nullable: true }) fromStatus: ErrorReportStatus | null;
  @ApiProperty({ enum: STATUSES }) toStatus: ErrorReportStatus;
  @ApiProperty({ nullable: true, type: String, description: 'Plain text: escape it when displaying.' }) note:
    string | null;
  @ApiProperty({ nullable: true, type: UserRefDto }) actor: UserRefDto | null;
  @ApiProperty() createdAt: string;
}

export class ErrorReportDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: ArticleRefDto }) article: ArticleRefDto;
  @ApiProperty({ description: 'Plain text as the reader sent it: escape it when displaying.' }) quote: string;
  @ApiProperty({
    description: "UTF-16 offset of the quoted passage in title + '\\n' + summary + '\\n' + body (Markdown source)",
  })
  quoteOffset: number;
  @ApiProperty({ description: 'The article revision the quote refers to' }) articleRevision: number;
  @ApiProperty({ nullable: true, type: String, description: 'Plain text: escape it when displaying.' }) suggestion:
    string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Plain text: escape it when displaying.' }) comment:
    string | null;
  @ApiProperty({ enum: STATUSES }) status: ErrorReportStatus;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) duplicateOfId: string | null;
  @ApiProperty({ nullable: true, type: UserRefDto }) reporter: UserRefDto | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: "Staff only: an anonymous reporter's address" })
  reporterEmail?: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export class ErrorReportDetailDto extends ErrorReportDto {
  @ApiProperty({ type: [ErrorReportEventDto] }) history: ErrorReportEventDto[];
}

export class ErrorReportPageDto {
  @ApiProperty({ type: [ErrorReportDto] }) items: ErrorReportDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
