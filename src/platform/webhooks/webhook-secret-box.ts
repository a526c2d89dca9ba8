import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const PREFIX = 'v1:';
/** HKDF info strings: a configured key and one derived from JWT_SECRET never yield the same subkey. */
const INFO_CONFIGURED = 'tribune:webhook-secret:v1';
const INFO_FROM_JWT = 'tribune:webhook-secret-from-jwt:v1';

export class WebhookSecretUnreadableError extends Error {
  constructor(reason: string) {
    super(
      `webhook secret cannot be decrypted (${reason}): WEBHOOK_SECRET_KEY (or JWT_SECRET) changed? ` +
        'Set the key it was encrypted with as WEBHOOK_SECRET_KEY_PREVIOUS',
    );
  }
}

/**
 * Webhook signing secrets at rest: AES-256-GCM with a key derived (HKDF-SHA256)
 * from WEBHOOK_SECRET_KEY, or from JWT_SECRET under another info string.
 * Stored as `v1:<iv>:<tag>:<ciphertext>` (base64url). A value without the `v1:`
 * prefix is a legacy plain secret (rows from before encryption).
 *
 * Rotation: values encrypted with an earlier key stay readable through that key
 * (WEBHOOK_SECRET_KEY_PREVIOUS; and the JWT_SECRET-derived key once
 * WEBHOOK_SECRET_KEY is set, so setting it for the first time loses nothing) until
 * WebhooksService re-encrypts them with the current key at boot.
 */
export class WebhookSecretBox {
  /** The current key first, then earlier ones that may still have encrypted stored values. */
  private readonly keys: Buffer[];

  constructor(config: { WEBHOOK_SECRET_KEY?: string; WEBHOOK_SECRET_KEY_PREVIOUS?: string; JWT_SECRET: string }) {
    const fromJwt = derive(config.JWT_SECRET, INFO_FROM_JWT);
    this.keys = config.WEBHOOK_SECRET_KEY
      ? [
          derive(config.WEBHOOK_SECRET_KEY, INFO_CONFIGURED),
          ...(config.WEBHOOK_SECRET_KEY_PREVIOUS ? [derive(config.WEBHOOK_SECRET_KEY_PREVIOUS, INFO_CONFIGURED)] : []),
          fromJwt,
        ]
      : [fromJwt];
  }

  static isEncrypted(stored: string): boolean {
    return stored.startsWith(PREFIX);
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys[0]!, iv);
    const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return PREFIX + [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url')).join(':');
  }

  /** The plain secret; a legacy plain value is returned as is. Throws WebhookSecretUnreadableError. */
  decrypt(stored: string): string {
    return this.open(stored).plain;
  }

  /**
   * The plain secret, and whether it is stored as it should be (encrypted with the
   * current key). Throws WebhookSecretUnreadableError when no key opens it.
   */
  open(stored: string): { plain: string; current: boolean } {
    if (!WebhookSecretBox.isEncrypted(stored)) return { plain: stored, current: false };
    const parts = stored.slice(PREFIX.length).split(':');
    if (parts.length !== 3) throw new WebhookSecretUnreadableError('malformed');
    const [iv, tag, ciphertext] = parts.map((part) => Buffer.from(part, 'base64url'));
    if (iv!.length !== 12 || tag!.length !== 16) throw new WebhookSecretUnreadableError('malformed');
    for (const [index, key] of this.keys.entries()) {
      const plain = openWith(key, iv!, tag!, ciphertext!);
      if (plain !== null) return { plain, current: index === 0 };
    }
    throw new WebhookSecretUnreadableError('wrong key or altered value');
  }
}

function derive(secret: string, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(secret, 'utf8'), Buffer.alloc(0), info, 32));
}

/** The plaintext, or null when `key` is not the one (GCM's tag check fails). */
function openWith(key: Buffer, iv: Buffer, tag: Buffer, ciphertext: Buffer): string | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
