import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDateString,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '../../../common/pagination/cursor.js';

const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true };
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class SourceDto {
  @ApiProperty({ minLength: 1, maxLength: 300, example: 'Insee, note de conjoncture' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  label: string;

  @ApiProperty({ format: 'uri', maxLength: 2000, example: 'https://www.insee.fr/fr/statistiques' })
  @IsUrl(URL_OPTIONS)
  @MaxLength(2000)
  url: string;
}

export class RelatedLinkDto {
  @ApiProperty({ minLength: 1, maxLength: 300, example: 'Retraites : le calendrier de la réforme' })
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
  @ApiProperty({ minLength: 1, maxLength: 300, example: 'Réforme des retraites : ce qui change au 1er janvier' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title: string;

  @ApiPropertyOptional({
    description: 'Derived from the title when absent (accents transliterated)',
    maxLength: 120,
    pattern: SLUG_PATTERN.source,
    example: 'reforme-des-retraites-ce-qui-change',
  })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  @Matches(SLUG_PATTERN)
  slug?: string;

  @ApiPropertyOptional({
    maxLength: 2000,
    example: 'Âge de départ, durée de cotisation, pensions : le point sur les nouvelles règles.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  summary?: string;

  @ApiProperty({
    description: 'Markdown',
    minLength: 1,
    maxLength: 200_000,
    example: 'Le gouvernement a présenté **mercredi** sa réforme des retraites…',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(200_000)
  body: string;

  @ApiPropertyOptional({ type: [SourceDto], maxItems: 50 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SourceDto)
  sources?: SourceDto[];

  @ApiPropertyOptional({
    type: [String],
    maxItems: 10,
    description: 'Up to 10 prompts of ≤ 500 characters',
    example: ['Et vous ? Qu’en pensez-vous ?'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  discussionPrompts?: string[];

  @ApiPropertyOptional({ type: [RelatedLinkDto], maxItems: 20, description: '« Voir aussi »' })
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
    type: String,
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
  @ApiPropertyOptional({
    minLength: 1,
    maxLength: 2000,
    description: 'Appends a dated note to the public corrections log',
    example: 'Une version précédente de cet article indiquait un taux de chômage de 7,1 %.',
  })
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

export class ListArticlesQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: ['unpublished'],
    description:
      'Editors and admins: also the articles not yet published (embargoed or scheduled), newest publication ' +
      'time first, so those to come lead the list (401 signed out, 403 for other roles)',
  })
  @IsOptional()
  @IsIn(['unpublished'])
  include?: 'unpublished';
}
