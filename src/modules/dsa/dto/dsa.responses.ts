import { ApiProperty } from '@nestjs/swagger';
import type { TransparencyReport } from '../transparency.service.js';

const COUNTS = {
  type: 'object',
  additionalProperties: { type: 'integer', minimum: 0 },
  example: { hide: 12, reject: 3 },
} as const;
const MEDIAN = {
  type: 'number',
  nullable: true,
  description: 'Median seconds from the opening of the review to the decision; null without any',
} as const;

export class TransparencyDecisionsDto {
  @ApiProperty({ type: 'integer', minimum: 0 }) total: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) automated: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) manual: number;
  @ApiProperty(COUNTS) byAction: Record<string, number>;
  @ApiProperty(COUNTS) byGround: Record<string, number>;
  @ApiProperty({ ...COUNTS, description: 'flag, notice, watched word, pre-moderation, automated' })
  bySource: Record<string, number>;
  @ApiProperty(MEDIAN) medianSecondsToDecision: number | null;
}

export class TransparencyOutcomesDto {
  @ApiProperty({ type: 'integer', minimum: 0 }) total: number;
  @ApiProperty(COUNTS) byStatus: Record<string, number>;
  @ApiProperty(MEDIAN) medianSecondsToDecision: number | null;
}

/** GET /api/admin/transparency (JSON; `Accept: text/csv` gives rows section,key,value). */
export class TransparencyReportDto implements TransparencyReport {
  @ApiProperty({ format: 'date', example: '2026-01-01' }) from: string;
  @ApiProperty({ format: 'date', example: '2026-06-30' }) to: string;
  @ApiProperty({ type: TransparencyDecisionsDto }) decisions: TransparencyDecisionsDto;
  @ApiProperty({ type: TransparencyOutcomesDto }) notices: TransparencyOutcomesDto;
  @ApiProperty({ type: TransparencyOutcomesDto }) appeals: TransparencyOutcomesDto;
}
