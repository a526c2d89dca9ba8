import { SetMetadata, createParamDecorator, type ExecutionContext, type Type } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';

export type Role = 'reader' | 'editor' | 'moderator' | 'admin';
export const ROLES: readonly Role[] = ['reader', 'editor', 'moderator', 'admin'];
export type AccountStatus = 'active' | 'suspended' | 'banned';

/** The caller as the auth guard loaded it on this request (fresh from the database). */
export interface Actor {
  id: string;
  username: string;
  role: Role;
  status: AccountStatus;
  suspendedUntil: Date | null;
  /** Why the account is suspended or banned (null when active, or when unknown). */
  sanctionReason?: string | null;
  createdAt: Date;
  /** Under targeted pre-moderation now (read with the user, so the post pipeline needs no statement of its own). */
  premoderated?: boolean;
}

export const IS_PUBLIC = 'tribune:isPublic';
export const REQUIRED_ROLES = 'tribune:roles';
export const REQUIRES_ACTIVE = 'tribune:requiresActive';
export const OPTIONAL_AUTH = 'tribune:optionalAuth';

/** Anyone may call; a valid token, when sent, still identifies the caller. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Any signed-in user whose role is one of these (status checked separately). */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

/** Signed in, and neither suspended nor banned: every write by a user. */
export const ActiveUser = () => SetMetadata(REQUIRES_ACTIVE, true);

/** Signed in with any status (reading one's own data, even when banned). */
export const Authenticated = () => SetMetadata(REQUIRED_ROLES, ROLES);

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): Actor | undefined => {
  const request = context.switchToHttp().getRequest<{ user?: Actor }>();
  return request.user;
});

export const isStaff = (actor: Actor | undefined | null): boolean =>
  !!actor && (actor.role === 'moderator' || actor.role === 'admin');

/**
 * Whether `actor` sees content published at `publishedAt` (an article, and its
 * thread, posts and events): everyone once it is out; editors and admins before.
 */
export function canSeePublication(actor: Actor | undefined | null, publishedAt: Date, now: Date = new Date()): boolean {
  if (publishedAt.getTime() <= now.getTime()) return true;
  return !!actor && (actor.role === 'editor' || actor.role === 'admin');
}

export const ALLOW_INACTIVE = 'tribune:allowInactive';

/**
 * Writes are refused to suspended and banned users by default; this opts a
 * route out (erasing one's own account, marking notifications read, logout).
 */
export const AllowInactive = () => SetMetadata(ALLOW_INACTIVE, true);

/** What a service API key may be granted (API.md part two). */
export const API_KEY_SCOPES = [
  'articles:write',
  'error-reports:read',
  'error-reports:write',
  'moderation:read',
  'sso',
] as const;
export type ApiKeyScopeName = (typeof API_KEY_SCOPES)[number];

/** A newsroom system calling with an API key (`Authorization: Bearer trb_…`): never a user. */
export interface ServicePrincipal {
  kind: 'service';
  keyId: string;
  name: string;
  scopes: ApiKeyScopeName[];
}

export const API_KEY_SCOPE = 'tribune:apiKeyScope';

/**
 * The route also admits a service API key holding this scope. Without it, a key
 * passes no route but @Public() ones, where it counts as anonymous (deny by default).
 */
export const ApiKeyScope = (scope: ApiKeyScopeName) => SetMetadata(API_KEY_SCOPE, scope);

/** The service principal of a request authenticated by an API key, else undefined. */
export const CurrentService = createParamDecorator(
  (_data: unknown, context: ExecutionContext): ServicePrincipal | undefined =>
    context.switchToHttp().getRequest<{ service?: ServicePrincipal }>().service,
);

/** The access rule a route declares, read exactly as the global guard reads it (method overrides class). */
export interface AccessRule {
  isPublic: boolean;
  roles: Role[] | undefined;
  requiresActive: boolean;
  allowInactive: boolean;
  /** The service API key scope that also opens the route, if any. */
  apiKeyScope: ApiKeyScopeName | undefined;
}

export function accessRuleOf(reflector: Reflector, targets: Array<Type | Function>): AccessRule {
  return {
    isPublic: reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) ?? false,
    roles: reflector.getAllAndOverride<Role[]>(REQUIRED_ROLES, targets),
    requiresActive: reflector.getAllAndOverride<boolean>(REQUIRES_ACTIVE, targets) ?? false,
    allowInactive: reflector.getAllAndOverride<boolean>(ALLOW_INACTIVE, targets) ?? false,
    apiKeyScope: reflector.getAllAndOverride<ApiKeyScopeName>(API_KEY_SCOPE, targets),
  };
}
