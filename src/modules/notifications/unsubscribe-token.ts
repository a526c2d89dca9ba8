import { createHmac, timingSafeEqual } from 'node:crypto';
import { MAIL_KINDS, type MailKind } from './preferences.service.js';

/** An unsubscribe link works this long after its mail was sent. */
export const UNSUBSCRIBE_TOKEN_TTL_SECONDS = 180 * 86_400;

export interface UnsubscribeClaim {
  userId: string;
  kind: MailKind;
  /** Unix seconds when the mail was written. */
  issuedAt: number;
}

/** A key for unsubscribe links only, derived from the app's secret (a leak of one use does not serve another). */
export const unsubscribeKey = (secret: string): Buffer =>
  createHmac('sha256', secret).update('tribune:unsubscribe-links').digest();

const sign = (key: Buffer, payload: string): Buffer => createHmac('sha256', key).update(payload).digest();

/** `<userId>.<kind>.<issuedAt>.<HMAC-SHA256, base64url>`: no state, nothing to store. */
export function signUnsubscribeToken(key: Buffer, claim: UnsubscribeClaim): string {
  const payload = `${claim.userId}.${claim.kind}.${claim.issuedAt}`;
  return `${payload}.${sign(key, payload).toString('base64url')}`;
}

/**
 * The claim of a well-formed, authentic, unexpired token, else null. The
 * signature is compared in constant time.
 */
export function verifyUnsubscribeToken(key: Buffer, token: unknown, nowSeconds: number): UnsubscribeClaim | null {
  if (typeof token !== 'string' || token.length > 200) return null;
  const match = /^([0-9a-f-]{36})\.([A-Za-z]{1,20})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, userId, kind, issued, signature] = match;
  if (!Object.hasOwn(MAIL_KINDS, kind)) return null;
  const expected = sign(key, `${userId}.${kind}.${issued}`);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const issuedAt = Number(issued);
  if (issuedAt > nowSeconds + 60 || nowSeconds - issuedAt > UNSUBSCRIBE_TOKEN_TTL_SECONDS) return null;
  return { userId, kind: kind as MailKind, issuedAt };
}
