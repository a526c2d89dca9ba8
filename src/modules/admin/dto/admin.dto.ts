import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ROLES, type AccountStatus, type Role } from '../../../common/auth/decorators.js';
import { PageQuery } from '../../../common/pagination/cursor.js';

export const ACCOUNT_STATUSES: readonly AccountStatus[] = ['active', 'suspended', 'banned'];

/** `GET /api/admin/users`: newest accounts first, keyset-paginated on (createdAt, id). */
export class AdminUsersQuery extends PageQuery {
  @ApiPropertyOptional({
    maxLength: 100,
    description: 'Prefix of the username, display name or email, case-insensitive',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({
    enum: ACCOUNT_STATUSES,
    description: 'Effective status: a suspension whose end has passed counts as active',
  })
  @IsOptional()
  @IsIn(ACCOUNT_STATUSES)
  status?: AccountStatus;
}

export class ChangeRoleDto {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;
}

export class SanctionReasonDto {
  @ApiProperty({ minLength: 1, maxLength: 500 })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason: string;
}

/** A value that may be left out but, when present, must be an integer in range (null is refused too). */
const Present = () => ValidateIf((_object, value) => value !== undefined);

export class RateLimitsPatchDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100000 })
  @Present()
  @IsInt()
  @Min(1)
  @Max(100000)
  loginPerMinute?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100000 })
  @Present()
  @IsInt()
  @Min(1)
  @Max(100000)
  registerPerHour?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100000 })
  @Present()
  @IsInt()
  @Min(1)
  @Max(100000)
  forgotPerHour?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100000 })
  @Present()
  @IsInt()
  @Min(1)
  @Max(100000)
  postsPerMinute?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100000 })
  @Present()
  @IsInt()
  @Min(1)
  @Max(100000)
  flagsPerHour?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100000 })
  @Present()
  @IsInt()
  @Min(1)
  @Max(100000)
  votesPerMinute?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100000 })
  @Present()
  @IsInt()
  @Min(1)
  @Max(100000)
  errorReportsPerHour?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100000 })
  @Present()
  @IsInt()
  @Min(1)
  @Max(100000)
  searchPerMinute?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 100000 })
  @Present()
  @IsInt()
  @Min(1)
  @Max(100000)
  dsaNoticesPerHour?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100000 })
  @Present()
  @IsInt()
  @Min(1)
  @Max(100000)
  verifyEmailPerHour?: number;
}

/** `PATCH /api/admin/settings`: any subset; `rateLimits` may itself be partial. */
export class SettingsPatchDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 100,
    description: 'Distinct flags that hide a post at once',
  })
  @Present()
  @IsInt()
  @Min(1)
  @Max(100)
  flagHideThreshold?: number;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: 1000,
    description: "A new account's first posts held for approval",
  })
  @Present()
  @IsInt()
  @Min(0)
  @Max(1000)
  premoderateFirstPosts?: number;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: 525600,
    description: 'Minutes an author may edit a post (0: no limit)',
  })
  @Present()
  @IsInt()
  @Min(0)
  @Max(525600)
  editWindowMinutes?: number;

  @ApiPropertyOptional({ description: 'Refuse staff routes to editors, moderators and admins without 2FA' })
  @Present()
  @IsBoolean()
  requireStaffTwoFactor?: boolean;

  @ApiPropertyOptional({ type: RateLimitsPatchDto })
  @Present()
  @IsObject()
  @ValidateNested()
  @Type(() => RateLimitsPatchDto)
  rateLimits?: RateLimitsPatchDto;
}
