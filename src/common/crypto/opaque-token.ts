import { createHash, randomBytes } from 'node:crypto';

/** 256 bits of randomness, URL-safe: refresh, reset, verification tokens and event tickets. */
export const newOpaqueToken = (): string => randomBytes(32).toString('base64url');

/** Tokens are stored as SHA-256: a database leak does not leak usable tokens. */
export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');
