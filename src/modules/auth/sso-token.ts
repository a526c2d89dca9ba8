import { createPublicKey, createSecretKey, type KeyObject } from 'node:crypto';
import { decodeProtectedHeader, errors, jwtVerify, type JWTPayload } from 'jose';
import { ProblemError } from '../../common/errors/problem.js';

/** A token may not live longer than this: the site signs one per sign-in, just before redirecting. */
export const SSO_MAX_LIFETIME_SECONDS = 600;
/** Clock skew tolerated between the news site and Tribune. */
export const SSO_CLOCK_TOLERANCE_SECONDS = 30;

export interface SsoSettings {
  SSO_ISSUER?: string;
  SSO_SECRET?: string;
  SSO_PUBLIC_KEY?: string;
}

/** What a verified token says about the reader. Staff roles are never read from it. */
export interface SsoClaims {
  issuer: string;
  subject: string;
  tokenId: string;
  expiresAt: Date;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
}

export type SsoFailure =
  | 'malformed'
  | 'alg_none'
  | 'alg_not_allowed'
  | 'bad_signature'
  | 'wrong_issuer'
  | 'expired'
  | 'exp_too_far'
  | 'iat_in_future'
  | 'claim_missing'
  | 'claim_invalid'
  | 'replayed';

/** 401 naming the reason: `auth.sso_<reason>`, with the claim when one is at fault. */
export const ssoRejected = (reason: SsoFailure, claim?: string): ProblemError =>
  new ProblemError(401, `auth.sso_${reason}`, { claim: claim ?? '' });

/**
 * Verifies the news site's sign-in token with jose: the algorithm comes from
 * the configured key, never from the token (HS256 for SSO_SECRET; RS256 or
 * ES256 after the type of SSO_PUBLIC_KEY), so `alg: none` and an HS256 token
 * "signed" with the public key are both refused.
 */
export class SsoTokenVerifier {
  private readonly keys = new Map<string, KeyObject>();

  constructor(private readonly settings: SsoSettings) {
    if (settings.SSO_SECRET) this.keys.set('HS256', createSecretKey(Buffer.from(settings.SSO_SECRET, 'utf8')));
    if (settings.SSO_PUBLIC_KEY) {
      const key = createPublicKey(settings.SSO_PUBLIC_KEY.replace(/\\n/g, '\n'));
      if (key.asymmetricKeyType === 'rsa') this.keys.set('RS256', key);
      else if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1')
        this.keys.set('ES256', key);
      else throw new Error('SSO_PUBLIC_KEY must be an RSA key (RS256) or a P-256 key (ES256)');
    }
  }

  get enabled(): boolean {
    return !!this.settings.SSO_ISSUER && this.keys.size > 0;
  }

  async verify(token: string, now: Date = new Date()): Promise<SsoClaims> {
    this.checkHeader(token);
    const payload = await this.verifySignatureAndIssuer(token, now);
    return this.readClaims(payload, now);
  }

  private checkHeader(token: string): void {
    let alg: unknown;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw ssoRejected('malformed');
    }
    if (typeof alg !== 'string' || alg.toLowerCase() === 'none') throw ssoRejected('alg_none');
    if (!this.keys.has(alg)) throw ssoRejected('alg_not_allowed');
  }

  private async verifySignatureAndIssuer(token: string, now: Date): Promise<JWTPayload> {
    try {
      const { payload } = await jwtVerify(token, (header) => this.keys.get(header.alg)!, {
        algorithms: [...this.keys.keys()],
        issuer: this.settings.SSO_ISSUER,
        requiredClaims: ['sub', 'exp', 'jti'],
        clockTolerance: SSO_CLOCK_TOLERANCE_SECONDS,
        currentDate: now,
      });
      return payload;
    } catch (error) {
      throw toRejection(error);
    }
  }

  private readClaims(payload: JWTPayload, now: Date): SsoClaims {
    const nowSeconds = Math.floor(now.getTime() / 1000);
    if (payload.exp! > nowSeconds + SSO_MAX_LIFETIME_SECONDS + SSO_CLOCK_TOLERANCE_SECONDS) {
      throw ssoRejected('exp_too_far', 'exp');
    }
    if (payload.iat !== undefined && payload.iat > nowSeconds + SSO_CLOCK_TOLERANCE_SECONDS) {
      throw ssoRejected('iat_in_future', 'iat');
    }
    const subject = requiredText(payload.sub, 'sub', 255);
    const tokenId = requiredText(payload.jti, 'jti', 255);
    return {
      issuer: this.settings.SSO_ISSUER!,
      subject,
      tokenId,
      expiresAt: new Date(payload.exp! * 1000),
      email: optionalEmail(payload.email),
      emailVerified: payload.email_verified === true,
      name: optionalText(payload.name, 'name'),
    };
  }
}

function toRejection(error: unknown): ProblemError {
  if (error instanceof errors.JWTExpired) return ssoRejected('expired', 'exp');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return ssoRejected('wrong_issuer', 'iss');
    if (error.reason === 'missing') return ssoRejected('claim_missing', error.claim);
    return ssoRejected('claim_invalid', error.claim);
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return ssoRejected('bad_signature');
  if (error instanceof errors.JOSEAlgNotAllowed) return ssoRejected('alg_not_allowed');
  return ssoRejected('malformed');
}

function requiredText(value: unknown, claim: string, max: number): string {
  if (typeof value !== 'string' || value.trim() === '') throw ssoRejected('claim_missing', claim);
  if (value.length > max) throw ssoRejected('claim_invalid', claim);
  return value;
}

function optionalText(value: unknown, claim: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw ssoRejected('claim_invalid', claim);
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text.slice(0, 64);
}

function optionalEmail(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string' || value.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) {
    throw ssoRejected('claim_invalid', 'email');
  }
  return value.toLowerCase();
}
