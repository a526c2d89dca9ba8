import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type AccountStatus, type Role } from '../../../common/auth/decorators.js';
import type { PrivateProfile, PublicProfile } from '../users.mapper.js';

const ACCOUNT_STATUSES: AccountStatus[] = ['active', 'suspended', 'banned'];

/** GET /api/me: what the account holder sees of their own account. */
export class PrivateProfileDto implements PrivateProfile {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true, description: 'null once erased', example: 'marie_l' })
  username: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'email', example: 'marie@example.fr' }) email: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Marie Lefèvre' }) displayName: string | null;
  @ApiProperty({ example: 'Lectrice à Lyon, passionnée de politique locale.' }) bio: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ enum: ACCOUNT_STATUSES, description: 'Effective: a suspension whose end has passed reads active' })
  status: AccountStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) suspendedUntil: string | null;
  @ApiProperty({ description: 'Whether the address was confirmed through the link mailed at registration' })
  emailVerified: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Why the account is suspended (null when it is not)' })
  suspensionReason: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/** GET /api/users/{username}: never the email. */
export class PublicProfileDto implements PublicProfile {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'marie_l' }) username: string;
  @ApiProperty({ example: 'Marie Lefèvre' }) displayName: string;
  @ApiProperty({ example: 'Lectrice à Lyon, passionnée de politique locale.' }) bio: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Posts written' }) postCount: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

const ROWS = { type: 'array', items: { type: 'object', additionalProperties: true } } as const;

/** GET /api/me/export: every datum held about the caller (GDPR art. 15 and 20). */
export class AccountExportDto {
  @ApiProperty({ format: 'date-time' }) exportedAt: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The account row' })
  account: Record<string, unknown>;
  @ApiProperty({ ...ROWS, description: 'Every post written, with its body' }) posts: unknown[];
  @ApiProperty({ ...ROWS, description: 'Every edit made' }) revisions: unknown[];
  @ApiProperty({ ...ROWS }) votes: unknown[];
  @ApiProperty({ ...ROWS }) flags: unknown[];
  @ApiProperty({ ...ROWS }) pollBallots: unknown[];
  @ApiProperty({ ...ROWS }) errorReports: unknown[];
  @ApiProperty({ ...ROWS }) notifications: unknown[];
  @ApiProperty({ ...ROWS, description: 'Sessions (refresh tokens): dates only, never the token' }) sessions: unknown[];
}
