import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Authenticated encryption (AES-256-GCM) for the few secrets Tribune must read
 * back: two-factor secrets at rest and the OIDC login cookie. The key is
 * SECRETS_ENCRYPTION_KEY, or one derived from JWT_SECRET; each purpose gets
 * its own subkey (HKDF), so a cookie can never be replayed as a stored secret.
 */
export class Sealer {
  private readonly key: Buffer;

  constructor(secret: string, purpose: string) {
    this.key = Buffer.from(hkdfSync('sha256', Buffer.from(secret, 'utf8'), Buffer.alloc(0), `tribune:${purpose}`, 32));
  }

  /** base64url(iv ‖ tag ‖ ciphertext). */
  seal(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url');
  }

  /** The plaintext, or null when the box was tampered with, truncated or sealed with another key. */
  open(sealed: string): string | null {
    const box = Buffer.from(sealed, 'base64url');
    if (box.length < 29) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, box.subarray(0, 12));
      decipher.setAuthTag(box.subarray(12, 28));
      return Buffer.concat([decipher.update(box.subarray(28)), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  }
}

export const sealingSecret = (config: { SECRETS_ENCRYPTION_KEY?: string; JWT_SECRET: string }): string =>
  config.SECRETS_ENCRYPTION_KEY ?? `derived-from-jwt:${config.JWT_SECRET}`;
