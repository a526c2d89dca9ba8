import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { Equals, IsEmail, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** A notice of illegal content (DSA art. 16). Every text is plain text, never rendered as HTML. */
export class CreateNoticeDto {
  @ApiProperty({
    format: 'uuid',
    description: 'The post the notice is about',
    example: '0b9e1c64-3f1e-4a53-9d0e-2f1f0d0a6c11',
  })
  @IsUUID()
  postId: string;

  @ApiProperty({
    minLength: 1,
    maxLength: 200,
    description: 'The law the content allegedly breaks',
    example: 'Diffamation (loi du 29 juillet 1881, art. 29)',
  })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  legalGround: string;

  @ApiProperty({
    minLength: 1,
    maxLength: 5000,
    description: 'Why the content is illegal, precisely enough to identify it',
    example: 'Ce message m’accuse nommément d’un délit sans aucun fondement.',
  })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  explanation: string;

  @ApiProperty({
    maxLength: 254,
    description: 'Where the acknowledgement and the decision are sent',
    example: 'jeanne@example.fr',
  })
  @Transform(trim)
  @IsString()
  @MaxLength(254)
  @IsEmail()
  email: string;

  @ApiPropertyOptional({ maxLength: 100, example: 'Jeanne Martin' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  name?: string;

  @ApiProperty({
    enum: [true],
    description: 'The notifier confirms in good faith that the notice is accurate and complete',
  })
  @Equals(true, { message: '$property must be true: in good faith' })
  goodFaith: true;
}

export class NoticeCreatedDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
}

export class AppealDto {
  @ApiProperty({
    minLength: 1,
    maxLength: 5000,
    description: 'Why the decision should be reversed',
    example: 'Mon message cite une source publique ; il ne contient aucune injure.',
  })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  explanation: string;
}

export class DecideAppealDto {
  @ApiProperty({ enum: ['upheld', 'reversed'], description: '`reversed` restores the post' })
  @IsIn(['upheld', 'reversed'])
  outcome: 'upheld' | 'reversed';

  @ApiProperty({
    minLength: 1,
    maxLength: 2000,
    description: 'The reasons, sent to the author',
    example: 'Le message relève du débat d’idées.',
  })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  note: string;
}

export class AppealSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['open', 'upheld', 'reversed'] }) status: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) decidedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
}

export class DecisionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) postId: string;
  @ApiProperty({ enum: ['hide', 'reject'] }) action: string;
  @ApiProperty({ description: 'The legal ground, or `house_rules`' }) ground: string;
  @ApiProperty({ description: 'The facts and circumstances' }) explanation: string;
  @ApiProperty({ enum: ['flag', 'notice', 'watched_word', 'premoderation', 'automated', 'moderator'] }) source: string;
  @ApiProperty() automated: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: AppealSummaryDto, nullable: true }) appeal: AppealSummaryDto | null;
}

export class DecisionPageDto {
  @ApiProperty({ type: [DecisionDto] }) items: DecisionDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class AppealCreatedDto {
  @ApiProperty({ format: 'uuid', description: "The appeal's id" }) id: string;
  @ApiProperty({ format: 'uuid' }) decisionId: string;
  @ApiProperty({ enum: ['open'] }) status: 'open';
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class AppealDecidedDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) decisionId: string;
  @ApiProperty({ enum: ['upheld', 'reversed'] }) status: string;
  @ApiProperty({ format: 'date-time' }) decidedAt: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class TransparencyQuery {
  @ApiPropertyOptional({
    description: 'First day (UTC), YYYY-MM-DD; default: one year before `to`',
    example: '2026-01-01',
  })
  @IsOptional()
  @Matches(DAY)
  from?: string;

  @ApiPropertyOptional({ description: 'Last day (UTC), YYYY-MM-DD, included; default: today', example: '2026-12-31' })
  @IsOptional()
  @Matches(DAY)
  to?: string;
}
