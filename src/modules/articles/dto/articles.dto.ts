import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDateString,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';

const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true };
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class SourceDto {
  @ApiProperty({ maxLength: 300 })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  label: string;

  @ApiProperty({ format: 'uri', maxLength: 2000 })
  @IsUrl(URL_OPTIONS)
  @MaxLength(2000)
  url: string;
}

export class RelatedLinkDto {
  @ApiProperty({ maxLength: 300 })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title: string;

  @ApiProperty({ format: 'uri', maxLength: 2000 })
  @IsUrl(URL_OPTIONS)
  @MaxLength(2000)
  url: string;
}

export class CreateArticleDto {
  @ApiProperty({ maxLength: 300 })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title: string;

  @ApiPropertyOptional({ description: 'Derived from the title when absent (accents transliterated)', maxLength: 120 })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  @Matches(SLUG_PATTERN)
  slug?: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  summary?: string;

  @ApiProperty({ description: 'Markdown', maxLength: 200_000 })
  @IsString()
  @MinLength(1)
  @MaxLength(200_000)
  body: string;

  @ApiPropertyOptional({ type: [SourceDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SourceDto)
  sources?: SourceDto[];

  @ApiPropertyOptional({ type: [String], description: 'e.g. « Et vous ? Qu’en pensez-vous ? »' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  discussionPrompts?: string[];

  @ApiPropertyOptional({ type: [RelatedLinkDto], description: '« Voir aussi »' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RelatedLinkDto)
  related?: RelatedLinkDto[];

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Defaults to now; a future time hides it from readers until then',
  })
  @IsOptional()
  @IsDateString({ strict: true })
  publishedAt?: string;

  @ApiPropertyOptional({ format: 'uri', maxLength: 2000, description: 'The article on the news site' })
  @IsOptional()
  @IsUrl(URL_OPTIONS)
  @MaxLength(2000)
  url?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    nullable: true,
    description: 'The discussion closes at this time (null: THREAD_AUTO_CLOSE_DAYS decides)',
  })
  @IsOptional()
  @IsDateString({ strict: true })
  discussionClosesAt?: string | null;
}

/** Every field of an article but its publication time may change; none is required. */
export class UpdateArticleDto extends PartialType(OmitType(CreateArticleDto, ['publishedAt'] as const)) {
  @ApiPropertyOptional({ maxLength: 2000, description: 'Appends a dated note to the public corrections log' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  correctionNote?: string;
}

/** `PUT /api/articles/by-external-id/:externalId`: the CMS's article; Tribune keeps its slug. */
export class SyncArticleDto extends OmitType(CreateArticleDto, ['slug'] as const) {}

/** The CMS's id of an article: 1–200 of letters, digits and `. _ : -`. */
export const EXTERNAL_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;
