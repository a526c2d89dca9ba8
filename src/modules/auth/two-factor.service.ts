import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { generateSecret, generateURI, verify } from 'otplib';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/decorators.js';
import { ProblemError, conflict, unauthorized } from '../../common/errors/problem.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { sqlRows } from '../../database/sql.js';
import { Sealer, sealingSecret } from './sealing.js';
import { hashToken } from './tokens.js';

export const RECOVERY_CODE_COUNT = 10;
/** One period either side of now: a code typed as the period turns is still taken. */
const TOTP_TOLERANCE_SECONDS = 30;
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

export interface TwoFactorSetup {
  secret: string;
  otpauthUrl: string;
}

interface StoredTwoFactor {
  secret_sealed: string;
  enabled_at: Date | null;
  last_time_step: string | null;
}

/** xxxx-xxxx-xxxx-xxxx over a base32 alphabet: 80 random bits, easy to copy. */
export function newRecoveryCode(): string {
  const bytes = randomBytes(16);
  const chars = Array.from(bytes, (byte) => BASE32[byte % 32]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

/** Case, spaces and dashes do not matter when a person types a recovery code back. */
export const normalizeRecoveryCode = (code: string): string => code.toLowerCase().replace(/[\s-]+/g, '');

const invalidCode = () => new ProblemError(422, 'auth.otp_invalid', {}, [{ field: 'code', code: 'auth.otp_invalid' }]);

/**
 * TOTP two-factor authentication with otplib. Whatever accepts a code goes
 * through one conditional UPDATE (the time step must move forward; a recovery
 * code must be unused), so the same code is never accepted twice, even by two
 * requests at once.
 */
@Injectable()
export class TwoFactorService {
  private readonly sealer: Sealer;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.sealer = new Sealer(sealingSecret(config), 'totp-secret');
  }

  /** A new secret, replacing any pending one; refused once enabled (the secret is never shown again). */
  async setup(actor: Actor): Promise<TwoFactorSetup> {
    const secret = generateSecret();
    const stored = await sqlRows(
      this.dataSource,
      `INSERT INTO user_two_factor (user_id, secret_sealed) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET secret_sealed = EXCLUDED.secret_sealed, created_at = now(), last_time_step = NULL
         WHERE user_two_factor.enabled_at IS NULL
       RETURNING user_id`,
      [actor.id, this.sealer.seal(secret)],
    );
    if (stored.length === 0) throw conflict('auth.two_factor_already_enabled');
    const issuer = new URL(this.config.PUBLIC_URL).hostname || 'Tribune';
    return { secret, otpauthUrl: generateURI({ issuer: `Tribune (${issuer})`, label: actor.username, secret }) };
  }

  /** The first valid code turns it on and yields ten recovery codes, shown this once. */
  async enable(actor: Actor, code: string): Promise<string[]> {
    return this.dataSource.transaction(async (manager) => {
      const stored = await this.load(manager, actor.id, true);
      if (!stored) throw conflict('auth.two_factor_not_set_up');
      if (stored.enabled_at) throw conflict('auth.two_factor_already_enabled');
      if (!(await this.acceptTotp(manager, actor.id, stored, code))) throw invalidCode();
      await manager.query(`UPDATE user_two_factor SET enabled_at = now() WHERE user_id = $1`, [actor.id]);
      const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
      await manager.query(`DELETE FROM two_factor_recovery_codes WHERE user_id = $1`, [actor.id]);
      await manager.query(`INSERT INTO two_factor_recovery_codes (user_id, code_hash) SELECT $1, unnest($2::text[])`, [
        actor.id,
        codes.map((c) => hashToken(normalizeRecoveryCode(c))),
      ]);
      return codes;
    });
  }

  /** Turning it off takes a current code or an unused recovery code. */
  async disable(actor: Actor, code: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const stored = await this.load(manager, actor.id, true);
      if (!stored?.enabled_at) throw conflict('auth.two_factor_not_enabled');
      if (!(await this.acceptCode(manager, actor.id, stored, code))) throw invalidCode();
      await manager.query(`DELETE FROM two_factor_recovery_codes WHERE user_id = $1`, [actor.id]);
      await manager.query(`DELETE FROM user_two_factor WHERE user_id = $1`, [actor.id]);
    });
  }

  /**
   * Called by login once the password proved right: nothing to do without
   * 2FA; otherwise 401 `auth.otp_required` without a code, `auth.otp_invalid`
   * with a wrong, replayed or used one.
   */
  async checkLogin(userId: string, otp: string | undefined): Promise<void> {
    const stored = await this.load(this.dataSource.manager, userId, false);
    if (!stored?.enabled_at) return;
    if (otp === undefined || otp.trim() === '') throw unauthorized('auth.otp_required');
    if (!(await this.acceptCode(this.dataSource.manager, userId, stored, otp))) throw unauthorized('auth.otp_invalid');
  }

  async isEnabled(userId: string): Promise<boolean> {
    const rows = await this.dataSource.query(
      `SELECT 1 FROM user_two_factor WHERE user_id = $1 AND enabled_at IS NOT NULL`,
      [userId],
    );
    return rows.length > 0;
  }

  private async load(manager: EntityManager, userId: string, lock: boolean): Promise<StoredTwoFactor | null> {
    const [row] = await sqlRows<StoredTwoFactor>(
      manager,
      `SELECT secret_sealed, enabled_at, last_time_step FROM user_two_factor WHERE user_id = $1${lock ? ' FOR UPDATE' : ''}`,
      [userId],
    );
    return row ?? null;
  }

  private async acceptCode(
    manager: EntityManager,
    userId: string,
    stored: StoredTwoFactor,
    code: string,
  ): Promise<boolean> {
    if (/^\s*\d{6}\s*$/.test(code)) return this.acceptTotp(manager, userId, stored, code.trim());
    const used = await sqlRows(
      manager,
      `UPDATE two_factor_recovery_codes SET used_at = now()
        WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING id`,
      [userId, hashToken(normalizeRecoveryCode(code))],
    );
    return used.length > 0;
  }

  /** Valid now (± one period) and of a later time step than the last code accepted. */
  private async acceptTotp(
    manager: EntityManager,
    userId: string,
    stored: StoredTwoFactor,
    code: string,
  ): Promise<boolean> {
    const secret = this.sealer.open(stored.secret_sealed);
    if (!secret || !/^\d{6}$/.test(code)) return false;
    const lastTimeStep = stored.last_time_step === null ? undefined : Number(stored.last_time_step);
    const result = await verify({
      secret,
      token: code,
      epochTolerance: TOTP_TOLERANCE_SECONDS,
      afterTimeStep: lastTimeStep,
    }).catch(() => ({ valid: false as const }));
    if (!result.valid || !('timeStep' in result)) return false;
    const advanced = await sqlRows(
      manager,
      `UPDATE user_two_factor SET last_time_step = $2
        WHERE user_id = $1 AND (last_time_step IS NULL OR last_time_step < $2) RETURNING user_id`,
      [userId, result.timeStep],
    );
    return advanced.length > 0;
  }
}
