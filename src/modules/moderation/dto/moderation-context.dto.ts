import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsISO8601, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

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

export class QueueCountsDto {
  @ApiProperty() flagged: number;
  @ApiProperty() pending: number;
  @ApiProperty({ name: 'error_report' }) error_report: number;
  @ApiProperty({ name: 'dsa_notice' }) dsa_notice: number;
  @ApiProperty() appeal: number;
}

export class NoteDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() body: string;
  @ApiProperty({ nullable: true, type: String, description: "The staff member's username" }) author: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
