import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import type { Actor, AccountStatus, Role } from '../../common/auth/decorators.js';
import { isUuid } from '../../common/http/uuid-param.pipe.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { primaryPool } from '../../database/primary-pool.js';
import { sqlRows, type Queryable } from '../../database/sql.js';
import { effectiveStatus } from '../users/users.mapper.js';
import { UsersRepository } from '../users/users.repository.js';
import { VerifiedTokens } from './verified-tokens.js';
import type { AccessTokenPayload } from './auth.service.js';

const LAST_SEEN_RESOLUTION_MS = 5 * 60_000;
/** Verified access tokens remembered per process (a few hundred bytes each). */
const VERIFIED_TOKENS_CAPACITY = 10_000;
/** `Authorization: Bearer <token>` (scheme case-insensitive), as passport-jwt read it. */
const BEARER = /(\S+)\s+(\S+)/;

/** What jsonwebtoken hands over once the signature checks out. */
type VerifiedPayload = AccessTokenPayload & { exp?: unknown; iat?: unknown };

/** How far ahead of this clock a token's `iat` may be (clock skew between instances). */
export const IAT_TOLERANCE_SECONDS = 30;

/**
 * The claims an access token must carry: our type, a user id, and numeric `exp` and
 * `iat` (jsonwebtoken checks `exp` only when present, and never looks at `iat`).
 */
export function hasValidClaims(payload: VerifiedPayload | undefined, nowSeconds = Date.now() / 1000): boolean {
  return (
    payload?.typ === 'access' &&
    typeof payload.sub === 'string' &&
    isUuid(payload.sub) &&
    Number.isFinite(payload.exp) &&
    Number.isFinite(payload.iat) &&
    (payload.iat as number) <= nowSeconds + IAT_TOLERANCE_SECONDS
  );
}

/**
 * Verifies the access token (HS256 only: `none` and every other algorithm are
 * refused; `exp` and `iat` required) and then loads the user's current role and status with one
 * primary-key query, so that bans, suspensions and role changes bite on the
 * very next request instead of when the token expires.
 *
 * Called by the access guard directly, not through passport: passport's per-request
 * machinery (a strategy object per request, callbacks, @nestjs/passport's promise
 * wrapper) cost two thirds as much CPU as the verification itself (profile of a reply).
 */
@Injectable()
export class JwtStrategy {
  /**
   * A KeyObject, not the string: given a string, jsonwebtoken first tries to parse it
   * as a PEM public key on every verification (and fails), which dominated the CPU
   * profile of authenticated requests.
   */
  private readonly key: string;
  private readonly verified = new VerifiedTokens<VerifiedPayload>(VERIFIED_TOKENS_CAPACITY);
  /** The user lookup runs on every authenticated request: straight on the primary's pool. */
  private readonly primary: Queryable;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.key = createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8')) as unknown as string;
    this.primary = primaryPool(dataSource);
  }

  /**
   * The actor an `Authorization` header's bearer token names, or false: no bearer token, a
   * bad signature or algorithm, an expired token, wrong claims, an unknown or erased user.
   * A database fault in the user lookup is thrown (no verdict on the token).
   */
  async authenticate(authorization: string | undefined): Promise<Actor | false> {
    const parts = authorization === undefined ? null : BEARER.exec(authorization);
    if (!parts || parts[1]!.toLowerCase() !== 'bearer') return false;
    const payload = this.verify(parts[2]!);
    return payload ? this.validate(payload) : false;
  }

  /** The token's claims if its signature and times check out (HS256 only, expiry required by validate). */
  private verify(token: string): VerifiedPayload | null {
    const known = this.verified.get(token);
    if (known) return known;
    let payload: VerifiedPayload;
    try {
      payload = this.jwt.verify<VerifiedPayload>(token, { secret: this.key, algorithms: ['HS256'] });
    } catch {
      return null;
    }
    if (hasValidClaims(payload)) this.verified.add(token, payload);
    return payload;
  }

  async validate(payload: VerifiedPayload): Promise<Actor | false> {
    if (!hasValidClaims(payload)) return false;
    const [user] = await sqlRows<{
      id: string;
      username: string | null;
      role: Role;
      status: AccountStatus;
      suspended_until: Date | null;
      sanction_reason: string | null;
      created_at: Date;
      last_seen_at: Date | null;
      premoderated: boolean;
    }>(
      this.primary,
      // Targeted pre-moderation (moderation's table) rides along on the one lookup every request makes.
      `SELECT id, username, role, status, suspended_until, sanction_reason, created_at, last_seen_at,
              EXISTS (SELECT 1 FROM user_premoderations p
                       WHERE p.user_id = users.id AND (p.until IS NULL OR p.until > now())) AS premoderated
         FROM users WHERE id = $1 AND anonymized_at IS NULL`,
      [payload.sub],
    );
    if (!user) return false;
    if (!user.last_seen_at || Date.now() - user.last_seen_at.getTime() > LAST_SEEN_RESOLUTION_MS) {
      // Fire and forget, at most once per five minutes per user: not worth a write per request.
      UsersRepository.touchLastSeen(this.dataSource, user.id).catch(() => undefined);
    }
    return {
      id: user.id,
      username: user.username ?? '',
      role: user.role,
      status: effectiveStatus(user.status, user.suspended_until),
      suspendedUntil: user.suspended_until,
      sanctionReason: user.sanction_reason,
      createdAt: user.created_at,
      premoderated: user.premoderated,
    };
  }
}
