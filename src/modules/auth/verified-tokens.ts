import { LRUCache } from 'lru-cache';

/** The claims of an access token whose signature checked out. */
export interface TokenClaims {
  exp?: unknown;
  nbf?: unknown;
}

/**
 * Access tokens whose signature already checked out, with their claims: a reader's
 * token serves every request of its lifetime, and its HMAC and JSON decoding were a
 * twentieth of a reply's CPU. The signature of a given token string cannot change, so a
 * hit skips only that; expiry and not-before are checked again on every use, as
 * jsonwebtoken checks them (whole seconds, no tolerance). Only tokens that verified are
 * stored (a forged one costs a full check each time), the least recently used leaving
 * first once `capacity` is reached (`lru-cache`, as the read cache). The user lookup that
 * follows is never cached.
 */
export class VerifiedTokens<T extends TokenClaims> {
  private readonly entries: LRUCache<string, T>;

  constructor(capacity: number) {
    this.entries = new LRUCache<string, T>({ max: capacity });
  }

  /** The claims of `token` if it verified before and is still within its validity, else undefined. */
  get(token: string, nowSeconds = Math.floor(Date.now() / 1000)): T | undefined {
    const claims = this.entries.get(token);
    if (claims === undefined) return undefined;
    if (stillValid(claims, nowSeconds)) return claims;
    this.entries.delete(token);
    return undefined;
  }

  /** Remembers a token jsonwebtoken just verified. */
  add(token: string, claims: T): void {
    this.entries.set(token, claims);
  }

  get size(): number {
    return this.entries.size;
  }
}

/** jsonwebtoken's time checks: expired once `now >= exp`, not yet valid while `nbf > now`. */
function stillValid(claims: TokenClaims, nowSeconds: number): boolean {
  if (typeof claims.exp !== 'number' || nowSeconds >= claims.exp) return false;
  return claims.nbf === undefined || (typeof claims.nbf === 'number' && claims.nbf <= nowSeconds);
}
