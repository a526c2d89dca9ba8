import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import type { FieldError } from '../../../common/errors/problem.js';
import type { PollMode, ResultsVisibility } from '../entities/poll.entity.js';

export const POLL_MODES: readonly PollMode[] = ['single', 'multiple'];
export const RESULTS_VISIBILITIES: readonly ResultsVisibility[] = ['always', 'after_vote', 'after_close'];
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 10;

export class CreatePollDto {
  @ApiProperty({ minLength: 1, maxLength: 500, example: 'Quels sont d’après vous les éléments les plus importants ?' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  question: string;

  @ApiProperty({
    type: [String],
    minItems: MIN_OPTIONS,
    maxItems: MAX_OPTIONS,
    description: 'Distinct labels, ≤ 200 chars each',
    example: ['Le pouvoir d’achat', 'L’âge de départ', 'La pénibilité'],
  })
  @IsArray()
  @ArrayMinSize(MIN_OPTIONS)
  @ArrayMaxSize(MAX_OPTIONS)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(200, { each: true })
  options: string[];

  @ApiProperty({ enum: POLL_MODES })
  @IsIn(POLL_MODES)
  mode: PollMode;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    description: 'Multiple mode: 2..options.length (default: options.length). Single mode: 1 or absent.',
  })
  @IsOptional()
  @IsInt()
  maxChoices?: number;

  @ApiPropertyOptional({ format: 'date-time', description: 'In the future; the poll closes by itself then' })
  @IsOptional()
  @IsISO8601({ strict: true })
  closesAt?: string;

  @ApiPropertyOptional({ enum: RESULTS_VISIBILITIES, default: 'always' })
  @IsOptional()
  @IsIn(RESULTS_VISIBILITIES)
  resultsVisibility?: ResultsVisibility;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  allowVoteChange?: boolean;
}

export class PollBallotDto {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    minItems: 1,
    maxItems: MAX_OPTIONS,
    description: 'single: exactly one option; multiple: 1..maxChoices distinct options',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_OPTIONS)
  @IsUUID('all', { each: true })
  @ArrayUnique((id: unknown) => (typeof id === 'string' ? id.toLowerCase() : id))
  optionIds: string[];
}

/** A poll ready to insert: labels trimmed, defaults applied. */
export interface NewPoll {
  question: string;
  options: string[];
  mode: PollMode;
  maxChoices: number;
  closesAt: Date | null;
  resultsVisibility: ResultsVisibility;
  allowVoteChange: boolean;
}

/**
 * The rules that span fields (class-validator checks each field alone):
 * blank or duplicate labels, maxChoices against mode and option count, closesAt
 * in the future. Returns the poll to insert, or the field errors.
 */
export function normalizeNewPoll(dto: CreatePollDto, now: Date): { poll: NewPoll } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  const question = dto.question.trim();
  if (!question) errors.push({ field: 'question', code: 'polls.blank_label' });
  // PostgreSQL text cannot hold NUL: refuse it here rather than fail in the database.
  if (question.includes('\u0000')) errors.push({ field: 'question', code: 'polls.invalid_characters' });

  const options = dto.options.map((label) => label.trim());
  options.forEach((label, index) => {
    if (!label) errors.push({ field: `options.${index}`, code: 'polls.blank_label' });
    if (label.includes('\u0000')) errors.push({ field: `options.${index}`, code: 'polls.invalid_characters' });
  });
  const folded = options.map((label) => label.toLocaleLowerCase('fr'));
  if (new Set(folded).size !== folded.length) errors.push({ field: 'options', code: 'polls.duplicate_options' });

  let maxChoices = 1;
  if (dto.mode === 'single') {
    if (dto.maxChoices !== undefined && dto.maxChoices !== 1) {
      errors.push({ field: 'maxChoices', code: 'polls.max_choices_single' });
    }
  } else {
    maxChoices = dto.maxChoices ?? options.length;
    if (maxChoices < 2 || maxChoices > options.length) {
      errors.push({ field: 'maxChoices', code: 'polls.max_choices_range', params: { max: options.length } });
    }
  }

  let closesAt: Date | null = null;
  if (dto.closesAt !== undefined) {
    closesAt = new Date(dto.closesAt);
    if (Number.isNaN(closesAt.getTime()) || closesAt.getTime() <= now.getTime()) {
      errors.push({ field: 'closesAt', code: 'polls.closes_at_past' });
    }
  }

  if (errors.length > 0) return { errors };
  return {
    poll: {
      question,
      options,
      mode: dto.mode,
      maxChoices,
      closesAt,
      resultsVisibility: dto.resultsVisibility ?? 'always',
      allowVoteChange: dto.allowVoteChange ?? true,
    },
  };
}
