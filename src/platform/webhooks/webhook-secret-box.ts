import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const PREFIX = 'v1:';
/** HKDF info strings: a configured key and one derived from JWT_SECRET never yield the same subkey. */
const INFO_CONFIGURED = 'tribune:webhook-secret:v1';
const INFO_FROM_JWT = 'tribune:webhook-secret-from-jwt:v1';

export class WebhookSecretUnreadableError extends Error {
  constructor(reason: string) {
    super(`webhook secret cannot be decrypted (${reason}): WEBHOOK_SECRET_KEY (or JWT_SECRET) changed?`);
  }
}

/**
 * Webhook signing secrets at rest: AES-256-GCM with a key derived (HKDF-SHA256)
 * from WEBHOOK_SECRET_KEY, or from JWT_SECRET under another info string.
 * Stored as `v1:<iv>:<tag>:<ciphertext>` (base64url). A value without the `v1:`
 * prefix is a legacy plain secret (rows from before encryption).
 */
export class WebhookSecretBox {
  private readonly key: Buffer;

  constructor(config: { WEBHOOK_SECRET_KEY?: string; JWT_SECRET: string }) {
    const [secret, info] = config.WEBHOOK_SECRET_KEY
      ? [config.WEBHOOK_SECRET_KEY, INFO_CONFIGURED]
      : [config.JWT_SECRET, INFO_FROM_JWT];
    this.key = Buffer.from(hkdfSync('sha256', Buffer.from(secret, 'utf8'), Buffer.alloc(0), info, 32));
  }

  static isEncrypted(stored: string): boolean {
    return stored.startsWith(PREFIX);
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return PREFIX + [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url')).join(':');
  }

  /** The plain secret; a legacy plain value is returned as is. Throws WebhookSecretUnreadableError. */
  decrypt(stored: string): string {
    if (!WebhookSecretBox.isEncrypted(stored)) return stored;
    const parts = stored.slice(PREFIX.length).split(':');
    if (parts.length !== 3) throw new WebhookSecretUnreadableError('malformed');
    const [iv, tag, ciphertext] = parts.map((part) => Buffer.from(part, 'base64url'));
    if (iv!.length !== 12 || tag!.length !== 16) throw new WebhookSecretUnreadableError('malformed');
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, iv!);
      decipher.setAuthTag(tag!);
      return Buffer.concat([decipher.update(ciphertext!), decipher.final()]).toString('utf8');
    } catch {
      throw new WebhookSecretUnreadableError('wrong key or altered value');
    }
  }
}
