import type { Actor, AccountStatus, Role } from '../../common/auth/decorators.js';
import type { User } from './entities/user.entity.js';

export const DELETED_USER_NAME = { en: 'Deleted user', fr: 'Utilisateur supprimé' };

export interface PrivateProfile {
  id: string;
  username: string | null;
  email: string | null;
  displayName: string | null;
  bio: string;
  role: Role;
  status: AccountStatus;
  suspendedUntil: string | null;
  /** Whether the address was confirmed through the link mailed at registration. */
  emailVerified: boolean;
  /** Why the account is suspended (null when it is not). */
  suspensionReason: string | null;
  createdAt: string;
}

export interface PublicProfile {
  id: string;
  username: string;
  displayName: string;
  bio: string;
  role: Role;
  postCount: number;
  createdAt: string;
}

/** A suspension whose end has passed no longer counts. */
export function effectiveStatus(status: AccountStatus, suspendedUntil: Date | null, now = new Date()): AccountStatus {
  if (status === 'suspended' && suspendedUntil && suspendedUntil.getTime() <= now.getTime()) return 'active';
  return status;
}

export function toPrivateProfile(user: User): PrivateProfile {
  return {
    id: user.id,
    username: user.username,
    email: user.email,
    displayName: user.displayName,
    bio: user.bio,
    role: user.role,
    status: effectiveStatus(user.status, user.suspendedUntil),
    suspendedUntil: user.suspendedUntil?.toISOString() ?? null,
    emailVerified: user.emailVerifiedAt != null,
    suspensionReason:
      effectiveStatus(user.status, user.suspendedUntil) === 'suspended' ? (user.sanctionReason ?? null) : null,
    createdAt: user.createdAt.toISOString(),
  };
}

export function toPublicProfile(user: User): PublicProfile {
  return {
    id: user.id,
    username: user.username ?? '',
    displayName: user.displayName ?? user.username ?? '',
    bio: user.bio,
    role: user.role,
    postCount: user.postCount,
    createdAt: user.createdAt.toISOString(),
  };
}

export function toActor(user: User): Actor {
  return {
    id: user.id,
    username: user.username ?? '',
    role: user.role,
    status: effectiveStatus(user.status, user.suspendedUntil),
    suspendedUntil: user.suspendedUntil,
    createdAt: user.createdAt,
  };
}
