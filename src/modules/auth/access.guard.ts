import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import {
  ALLOW_INACTIVE,
  API_KEY_SCOPE,
  IS_PUBLIC,
  REQUIRED_ROLES,
  REQUIRES_ACTIVE,
  type Actor,
  type ApiKeyScopeName,
  type Role,
  type ServicePrincipal,
} from '../../common/auth/decorators.js';
import { badRequest, forbidden, unauthorized } from '../../common/errors/problem.js';
import { suspendedError } from './sanctions.js';
import { isDatabaseError } from '../../common/errors/problem.filter.js';
import { ApiKeysService, looksLikeApiKey } from '../api-keys/api-keys.service.js';
import { JwtStrategy } from './jwt.strategy.js';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The global guard: deny by default. Every route must declare @Public(),
 * @Roles(...), @Authenticated() or @ActiveUser(); one that declares nothing is
 * refused to everyone (and fails the route-access test). Writes by suspended or
 * banned users are refused unless the route says @AllowInactive().
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeysService,
    private readonly tokens: JwtStrategy,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) ?? false;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    const requiresActive = this.reflector.getAllAndOverride<boolean>(REQUIRES_ACTIVE, targets) ?? false;
    const allowInactive = this.reflector.getAllAndOverride<boolean>(ALLOW_INACTIVE, targets) ?? false;
    const keyScope = this.reflector.getAllAndOverride<ApiKeyScopeName | undefined>(API_KEY_SCOPE, targets);
    if (!isPublic && !roles && !requiresActive && !keyScope) throw forbidden('auth.no_access_rule');

    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: Actor; service?: ServicePrincipal }>();
    refuseKeyInQuery(request);
    const bearer = /^Bearer (trb_\S*)$/.exec(request.headers.authorization ?? '');
    if (bearer) return this.admitService(request, bearer[1]!, isPublic, keyScope);
    if (!isPublic && !roles && !requiresActive) {
      // A route for service keys only: a user token does not open it.
      throw request.headers.authorization ? forbidden('auth.api_key_required') : unauthorized();
    }
    if (!request.headers.authorization) {
      if (isPublic) return true;
      throw unauthorized();
    }
    let actor: Actor | false;
    try {
      actor = await this.tokens.authenticate(request.headers.authorization);
    } catch (error) {
      // A database fault in the user lookup is no verdict on the token: 503, whatever the route.
      if (isDatabaseError(error)) throw error;
      actor = false;
    }
    if (!actor) {
      // A stale token on a public page reads as anonymous rather than failing the page.
      request.user = undefined;
      if (isPublic) return true;
      throw unauthorized('auth.invalid_token');
    }
    request.user = actor;
    if (roles && !roles.includes(actor.role)) throw forbidden('auth.role_required', { roles: roles.join(', ') });
    const isWrite = !READ_METHODS.has(request.method);
    if ((requiresActive || isWrite) && !allowInactive && actor.status !== 'active') {
      throw actor.status === 'banned'
        ? forbidden('auth.account_banned', { reason: actor.sanctionReason ?? '—' })
        : suspendedError(actor.suspendedUntil, actor.sanctionReason ?? null);
    }
    return true;
  }

  /**
   * A service API key passes only a route that opted in with @ApiKeyScope (and
   * the key holds that scope); on a @Public() route it counts as anonymous; any
   * other route refuses it (403): a key is never a user.
   */
  private async admitService(
    request: FastifyRequest & { service?: ServicePrincipal },
    key: string,
    isPublic: boolean,
    scope: ApiKeyScopeName | undefined,
  ): Promise<boolean> {
    const principal = await this.apiKeys.authenticate(key);
    if (!scope && isPublic) return true;
    if (!principal) throw unauthorized('auth.invalid_api_key');
    if (!scope) throw forbidden('auth.api_key_not_allowed');
    if (!principal.scopes.includes(scope)) throw forbidden('auth.api_key_scope_required', { scope });
    request.service = principal;
    return true;
  }
}

/** A key in a URL ends up in access logs and browser history: refused wherever it appears. */
function refuseKeyInQuery(request: FastifyRequest): void {
  for (const [field, value] of Object.entries((request.query ?? {}) as Record<string, unknown>)) {
    const values: unknown[] = Array.isArray(value) ? value : [value];
    if (values.some(looksLikeApiKey)) {
      throw badRequest('auth.api_key_in_query', {}, [{ field, code: 'auth.api_key_in_query.field' }]);
    }
  }
}
