import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import {
  ALLOW_INACTIVE,
  IS_PUBLIC,
  REQUIRED_ROLES,
  REQUIRES_ACTIVE,
  type Actor,
  type Role,
} from '../../common/auth/decorators.js';
import { forbidden, unauthorized } from '../../common/errors/problem.js';
import { isDatabaseError } from '../../common/errors/problem.filter.js';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The global guard: deny by default. Every route must declare @Public(),
 * @Roles(...), @Authenticated() or @ActiveUser(); one that declares nothing is
 * refused to everyone (and fails the route-access test). Writes by suspended or
 * banned users are refused unless the route says @AllowInactive().
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) ?? false;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    const requiresActive = this.reflector.getAllAndOverride<boolean>(REQUIRES_ACTIVE, targets) ?? false;
    const allowInactive = this.reflector.getAllAndOverride<boolean>(ALLOW_INACTIVE, targets) ?? false;
    if (!isPublic && !roles && !requiresActive) throw forbidden('auth.no_access_rule');

    const request = context.switchToHttp().getRequest<Request & { user?: Actor }>();
    if (!request.headers.authorization) {
      if (isPublic) return true;
      throw unauthorized();
    }
    try {
      await super.canActivate(context);
    } catch (error) {
      // A stale token on a public page reads as anonymous rather than failing the page;
      // a database fault in the user lookup is no verdict on the token: 503, whatever the route.
      if (isPublic && !isDatabaseError(error)) {
        request.user = undefined;
        return true;
      }
      throw error;
    }
    const actor = request.user;
    if (!actor) {
      if (isPublic) return true;
      throw unauthorized('auth.invalid_token');
    }
    if (roles && !roles.includes(actor.role)) throw forbidden('auth.role_required', { roles: roles.join(', ') });
    const isWrite = !READ_METHODS.has(request.method);
    if ((requiresActive || isWrite) && !allowInactive && actor.status !== 'active') {
      throw actor.status === 'banned'
        ? forbidden('auth.account_banned', { reason: '—' })
        : forbidden('auth.account_suspended', { until: actor.suspendedUntil?.toISOString() ?? '?', reason: '—' });
    }
    return true;
  }

  override handleRequest<TUser = Actor>(error: unknown, user: TUser | false): TUser {
    // The problem filter turns a database fault into 503 (a bug in SQL stays a 500).
    if (isDatabaseError(error)) throw error;
    if (error || !user) throw unauthorized('auth.invalid_token');
    return user;
  }
}
