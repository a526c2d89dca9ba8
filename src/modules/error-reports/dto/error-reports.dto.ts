import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { PageQuery } from '../../../common/pagination/cursor.js';
import type { ErrorReportStatus } from '../entities/error-report.entity.js';
import type { ErrorReportResolution } from '../error-reports.policy.js';
import type { ErrorReportDetail, ErrorReportHistoryEntry, ErrorReportView } from '../error-reports.service.js';

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
    example: 'un taux de chômage de 7,1 %',
  })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  quote: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 2000,
    description: 'The proposed correction. Plain text.',
    example: 'un taux de chômage de 7,3 %',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  suggestion?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 2000,
    description: 'Anything else the newsroom should know. Plain text.',
    example: 'Chiffre de l’Insee publié le 14 novembre.',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  comment?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'email',
    maxLength: 320,
    description: 'Anonymous reporters only: an address for follow-up. Private (staff only); ignored when signed in.',
    example: 'lecteur@example.fr',
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
    type: String,
    nullable: true,
    maxLength: 2000,
    description: 'Why; shown in the history to staff and to the reporter. Plain text.',
    example: 'Chiffre vérifié auprès de l’Insee : corrigé.',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  note?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    minLength: 1,
    maxLength: 2000,
    description: 'With status "fixed": a dated note appended to the article\'s public corrections log. Plain text.',
    example: 'Une version précédente de cet article indiquait un taux de chômage de 7,1 %.',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  correctionNote?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'uuid',
    description: 'With status "duplicate": another report on the same article.',
  })
  @IsOptional()
  @IsUUID()
  duplicateOfId?: string | null;
}

/** Response shapes (documented for OpenAPI; built by the service's mapper). */
export class ErrorReportCreatedDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['open'] }) status: 'open';
}

class ErrorReportArticleDto {
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
}

class ErrorReportUserDto {
  @ApiProperty({ nullable: true, type: String }) username: string | null;
}

export class ErrorReportEventDto implements ErrorReportHistoryEntry {
  @ApiProperty({ enum: STATUSES, nullable: true }) fromStatus: ErrorReportStatus | null;
  @ApiProperty({ enum: STATUSES }) toStatus: ErrorReportStatus;
  @ApiProperty({ nullable: true, type: String, description: 'Plain text: escape it when displaying.' }) note:
    string | null;
  @ApiProperty({ nullable: true, type: ErrorReportUserDto }) actor: ErrorReportUserDto | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ErrorReportDto implements ErrorReportView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: ErrorReportArticleDto }) article: ErrorReportArticleDto;
  @ApiProperty({ description: 'Plain text as the reader sent it: escape it when displaying.' }) quote: string;
  @ApiProperty({
    type: 'integer',
    description: "UTF-16 offset of the quoted passage in title + '\\n' + summary + '\\n' + body (Markdown source)",
  })
  quoteOffset: number;
  @ApiProperty({
    description: "Whether the quote still occurs in the article's current text (re-checked on every change)",
  })
  quoteFound: boolean;
  @ApiProperty({ type: 'integer', description: 'The article revision the quote refers to' }) articleRevision: number;
  @ApiProperty({ nullable: true, type: String, description: 'Plain text: escape it when displaying.' }) suggestion:
    string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Plain text: escape it when displaying.' }) comment:
    string | null;
  @ApiProperty({ enum: STATUSES }) status: ErrorReportStatus;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) duplicateOfId: string | null;
  @ApiProperty({ nullable: true, type: ErrorReportUserDto }) reporter: ErrorReportUserDto | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: "Staff only: an anonymous reporter's address" })
  reporterEmail?: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class ErrorReportDetailDto extends ErrorReportDto implements ErrorReportDetail {
  @ApiProperty({ type: [ErrorReportEventDto] }) history: ErrorReportEventDto[];
}

export class ErrorReportPageDto {
  @ApiProperty({ type: [ErrorReportDto] }) items: ErrorReportDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
