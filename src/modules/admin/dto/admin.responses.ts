import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type AccountStatus, type Role } from '../../../common/auth/decorators.js';
import { PageOf } from '../../../common/openapi/page.dto.js';
import type { AdminUserItem } from '../admin-users.service.js';
import type { LiveSettings } from '../../../platform/settings/settings.service.js';
import { ACCOUNT_STATUSES } from './admin.dto.js';

export class AdminUserSanctionDto {
  @ApiProperty({ enum: ['suspended', 'banned'] }) status: 'suspended' | 'banned';
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'End of a suspension' })
  until: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Insultes répétées' }) reason: string | null;
}

/** An account as the admin console shows it. */
export class AdminUserDto implements AdminUserItem {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true, example: 'marie_l' }) username: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'email', example: 'marie@example.fr' }) email: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Marie Lefèvre' }) displayName: string | null;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ enum: ACCOUNT_STATUSES, description: 'Effective status' }) status: AccountStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) suspendedUntil: string | null;
  @ApiProperty({ type: String, nullable: true }) sanctionReason: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastSeenAt: string | null;
  @ApiProperty({ type: 'integer', minimum: 0 }) postCount: number;
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: "Flags other users raised on this user's posts, whatever their outcome",
  })
  flagsReceived: number;
  @ApiProperty({ type: AdminUserSanctionDto, nullable: true }) currentSanction: AdminUserSanctionDto | null;
  @ApiProperty({ description: 'Erased on request: no personal data left' }) anonymized: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) anonymizedAt: string | null;
}

export const AdminUserPageDto = PageOf(AdminUserDto, 'AdminUserPage');

export class RateLimitsDto {
  @ApiProperty({ type: 'integer', minimum: 1 }) loginPerMinute: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) registerPerHour: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) forgotPerHour: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) postsPerMinute: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) flagsPerHour: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) votesPerMinute: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) errorReportsPerHour: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) searchPerMinute: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) dsaNoticesPerHour: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) verifyEmailPerHour: number;
}

/** The effective live settings: environment defaults overlaid by stored values. */
export class LiveSettingsDto implements LiveSettings {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Distinct flags that hide a post at once', example: 3 })
  flagHideThreshold: number;
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: "A new account's posts held until this many were approved",
    example: 0,
  })
  premoderateFirstPosts: number;
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: 'Minutes an author may edit a post (0: no limit)',
    example: 0,
  })
  editWindowMinutes: number;
  @ApiProperty({
    description: 'Editors, moderators and admins without two-factor authentication are refused staff routes (403)',
  })
  requireStaffTwoFactor: boolean;
  @ApiProperty({ type: RateLimitsDto, description: 'Per window, before RATE_LIMIT_FACTOR is applied' })
  rateLimits: RateLimitsDto;
}
