import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import type { PollMode, ResultsVisibility } from '../entities/poll.entity.js';
import type { PollOptionView, PollView } from '../polls.repository.js';
import { POLL_MODES, RESULTS_VISIBILITIES } from './polls.dto.js';

@ApiSchema({ name: 'PollOption' })
export class PollOptionDto implements PollOptionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Le pouvoir d’achat' }) label: string;
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    description: 'Only where the caller may see results',
    example: 42,
  })
  votes?: number;
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: 100,
    description: 'Whole numbers summing to exactly 100 once anyone voted (largest remainder)',
    example: 61,
  })
  percent?: number;
}

@ApiSchema({ name: 'PollPermissions' })
export class PollPermissionsDto {
  @ApiProperty() canVote: boolean;
  @ApiProperty() canWithdrawVote: boolean;
  @ApiProperty() canClose: boolean;
}

@ApiSchema({ name: 'Poll' })
export class PollDto implements PollView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'reforme-des-retraites-ce-qui-change' }) articleSlug: string;
  @ApiProperty({ example: 'Quels sont d’après vous les éléments les plus importants ?' }) question: string;
  @ApiProperty({ enum: POLL_MODES }) mode: PollMode;
  @ApiProperty({ type: 'integer', minimum: 1 }) maxChoices: number;
  @ApiProperty({ enum: ['open', 'closed'] }) status: 'open' | 'closed';
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closesAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When it closed; null while open' })
  closedAt: string | null;
  @ApiProperty({ enum: RESULTS_VISIBILITIES }) resultsVisibility: ResultsVisibility;
  @ApiProperty() allowVoteChange: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: [PollOptionDto] }) options: PollOptionDto[];
  @ApiPropertyOptional({ type: 'integer', minimum: 0, description: 'Only where the caller may see results' })
  totalVoters?: number;
  @ApiProperty({
    type: [String],
    format: 'uuid',
    nullable: true,
    description: "The caller's chosen option ids, in option order; null when not voted (or anonymous)",
  })
  myVote: string[] | null;
  @ApiProperty({ description: 'Whether votes, percent and totalVoters are included' }) resultsVisible: boolean;
  @ApiProperty({ type: PollPermissionsDto }) permissions: PollPermissionsDto;
}
