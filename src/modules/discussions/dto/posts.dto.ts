import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PageQuery } from '../../../common/pagination/cursor.js';
import { MAX_POST_LENGTH } from '../post-pipeline.service.js';

export class CreatePostDto {
  @ApiProperty({
    description: 'Markdown source',
    minLength: 1,
    maxLength: MAX_POST_LENGTH,
    example: 'Très bon article, mais le chiffre du chômage cité date de 2023 : **7,3 %** aujourd’hui.',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_POST_LENGTH)
  body: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A post of the same thread' })
  @IsOptional()
  @IsUUID('all')
  replyTo?: string;
}

export class EditPostDto {
  @ApiProperty({
    description: 'Markdown source',
    minLength: 1,
    maxLength: MAX_POST_LENGTH,
    example: 'Très bon article, mais le chiffre du chômage cité date de 2023 : **7,4 %** aujourd’hui.',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_POST_LENGTH)
  body: string;

  @ApiPropertyOptional({ maxLength: 500, example: 'Coquille corrigée' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class PostVoteDto {
  @ApiProperty({ type: 'integer', enum: [1, -1], example: 1 })
  @IsInt()
  @IsIn([1, -1])
  value: number;
}

const toInteger = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : value;

export class ListPostsQuery extends PageQuery {
  @ApiPropertyOptional({
    type: 'integer',
    description: 'Posts whose number is greater than this (post-number order only)',
    minimum: 0,
  })
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  after?: number;

  @ApiPropertyOptional({
    enum: ['number', 'newest', 'top'],
    default: 'number',
    description: 'number: oldest first; newest: newest first; top: best score first',
  })
  @IsOptional()
  @IsIn(['number', 'newest', 'top'])
  sort?: 'number' | 'newest' | 'top';
}

export class VoteResultDto {
  @ApiProperty({ type: 'integer', description: 'The post score after the vote', example: 3 }) score: number;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    enum: [1, -1],
    description: "The caller's vote, null once withdrawn",
  })
  myVote: number | null;
}
