import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { PgListener } from '../realtime/pg-listener.js';
import type { Actor } from '../../common/auth/decorators.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { AuditService } from '../audit/audit.service.js';

/** Live settings: stored in the database, defaults from the environment. */
export interface LiveSettings {
  flagHideThreshold: number;
  premoderateFirstPosts: number;
  editWindowMinutes: number;
  /** Editors, moderators and admins without two-factor authentication are refused staff routes. */
  requireStaffTwoFactor: boolean;
  rateLimits: {
    loginPerMinute: number;
    registerPerHour: number;
    forgotPerHour: number;
    postsPerMinute: number;
    flagsPerHour: number;
    votesPerMinute: number;
    errorReportsPerHour: number;
    searchPerMinute: number;
    dsaNoticesPerHour: number;
    verifyEmailPerHour: number;
  };
}

export type SettingKey = keyof LiveSettings;

/** A change through PATCH /api/admin/settings: any subset, rateLimits itself partial. */
export interface SettingsPatch {
  flagHideThreshold?: number;
  premoderateFirstPosts?: number;
  editWindowMinutes?: number;
  requireStaffTwoFactor?: boolean;
  rateLimits?: Partial<LiveSettings['rateLimits']>;
}

/** Every instance LISTENs here; a change NOTIFYs it in the transaction that stores it. */
export const SETTINGS_CHANNEL = 'tribune_settings';

const SCALAR_KEYS = ['flagHideThreshold', 'premoderateFirstPosts', 'editWindowMinutes'] as const;
const BOOLEAN_KEYS = ['requireStaffTwoFactor'] as const;

/**
 * Cache lifetime. NOTIFY makes a change made through the API visible at once on
 * every instance; the short lifetime bounds the staleness of anything else
 * (a notification missed while the LISTEN connection was down, a row edited by
 * hand in SQL) to one second.
 */
const CACHE_TTL_MS = 1_000;

/**
 * Reads live settings through a short cache. A change made through the admin
 * API applies at once on every instance: the instance that took it drops its
 * cache, and the others are told by a PostgreSQL NOTIFY on `tribune_settings`
 * (sent in the same transaction, so only committed changes are announced),
 * which a dedicated connection LISTENs to (re-opened with backoff when lost).
 * The cache lives one second, which bounds what a missed notification or a
 * hand-made SQL change can cost.
 */
@Injectable()
export class SettingsService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private cached: { value: LiveSettings; until: number } | null = null;
  /** The load in flight, shared by concurrent callers of the same generation. */
  private loading: { value: Promise<LiveSettings>; generation: number } | null = null;
  /** Bumped on every invalidation so that a read started before it does not refill the cache with old values. */
  private generation = 0;
  private readonly listener: PgListener;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {
    this.listener = new PgListener(dataSource, {
      channel: SETTINGS_CHANNEL,
      applicationName: 'tribune-settings-listener',
      onNotification: () => this.invalidate(),
      // Anything changed while we were not listening must not be served from the cache.
      onListening: () => this.invalidate(),
      onLost: () => this.invalidate(),
    });
  }

  defaults(): LiveSettings {
    const c = this.config;
    return {
      flagHideThreshold: c.FLAG_HIDE_THRESHOLD,
      premoderateFirstPosts: c.PREMODERATE_FIRST_POSTS,
      editWindowMinutes: c.EDIT_WINDOW_MINUTES,
      requireStaffTwoFactor: c.REQUIRE_STAFF_TWO_FACTOR,
      rateLimits: {
        loginPerMinute: c.RATE_LIMIT_LOGIN_PER_MINUTE,
        registerPerHour: c.RATE_LIMIT_REGISTER_PER_HOUR,
        forgotPerHour: c.RATE_LIMIT_FORGOT_PER_HOUR,
        postsPerMinute: c.RATE_LIMIT_POSTS_PER_MINUTE,
        flagsPerHour: c.RATE_LIMIT_FLAGS_PER_HOUR,
        votesPerMinute: c.RATE_LIMIT_VOTES_PER_MINUTE,
        errorReportsPerHour: c.RATE_LIMIT_ERROR_REPORTS_PER_HOUR,
        searchPerMinute: c.RATE_LIMIT_SEARCH_PER_MINUTE,
        dsaNoticesPerHour: c.RATE_LIMIT_DSA_NOTICES_PER_HOUR,
        verifyEmailPerHour: c.RATE_LIMIT_VERIFY_EMAIL_PER_HOUR,
      },
    };
  }

  /**
   * The effective settings (env defaults overlaid by stored values), cached.
   * Concurrent callers share one load. Inside a transaction pass its manager:
   * a cold cache is then read on the transaction's own connection, never on a
   * second pool connection (with every connection held by a transaction
   * waiting for one more, the pool would deadlock until its connect timeout).
   */
  get(manager: EntityManager = this.dataSource.manager): Promise<LiveSettings> {
    const now = Date.now();
    if (this.cached && this.cached.until > now) return Promise.resolve(this.cached.value);
    const generation = this.generation;
    if (this.loading && this.loading.generation === generation) return this.loading.value;
    const value = this.load(manager).then((loaded) => {
      if (generation === this.generation) this.cached = { value: loaded, until: now + CACHE_TTL_MS };
      return loaded;
    });
    const loading = { value, generation };
    this.loading = loading;
    const done = () => {
      if (this.loading === loading) this.loading = null;
    };
    value.then(done, done);
    return value;
  }

  /** The effective settings read from the database now, bypassing the cache. */
  fresh(manager: EntityManager = this.dataSource.manager): Promise<LiveSettings> {
    return this.load(manager);
  }

  /** Drops the cache (after a change through the admin API, or when another instance announces one). */
  invalidate(): void {
    this.generation += 1;
    this.cached = null;
  }

  /** True while the LISTEN connection is up (exposed for health checks and tests). */
  isListening(): boolean {
    return this.listener.isListening;
  }

  /**
   * Stores a (partial) change, writes its audit entry and announces it, in one
   * transaction. Changes are serialized by a transaction-scoped advisory lock so
   * that the audit's before → after is exact even when two admins save at once;
   * each key is upserted (`rateLimits` is merged, so a partial change keeps the
   * other limits).
   */
  async update(actor: Actor, patch: SettingsPatch): Promise<LiveSettings> {
    const after = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('tribune_settings'))`);
      const before = await this.load(manager);
      const changedBefore: Record<string, unknown> = {};
      const changedAfter: Record<string, unknown> = {};
      for (const key of [...SCALAR_KEYS, ...BOOLEAN_KEYS]) {
        const next = patch[key];
        if (next === undefined) continue;
        await manager.query(
          `INSERT INTO settings (key, value, updated_by_id) VALUES ($1, $2::jsonb, $3)
           ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_by_id = EXCLUDED.updated_by_id, updated_at = now()`,
          [key, JSON.stringify(next), actor.id],
        );
        if (before[key] !== next) {
          changedBefore[key] = before[key];
          changedAfter[key] = next;
        }
      }
      const limits = Object.fromEntries(Object.entries(patch.rateLimits ?? {}).filter(([, v]) => v !== undefined));
      if (Object.keys(limits).length > 0) {
        await manager.query(
          `INSERT INTO settings (key, value, updated_by_id) VALUES ('rateLimits', $1::jsonb, $2)
           ON CONFLICT (key) DO UPDATE SET value = CASE jsonb_typeof(settings.value) WHEN 'object' THEN settings.value ELSE '{}'::jsonb END || EXCLUDED.value,
                                           updated_by_id = EXCLUDED.updated_by_id, updated_at = now()`,
          [JSON.stringify(limits), actor.id],
        );
        const beforeLimits: Record<string, unknown> = {};
        const afterLimits: Record<string, unknown> = {};
        for (const [name, next] of Object.entries(limits)) {
          const previous = before.rateLimits[name as keyof LiveSettings['rateLimits']];
          if (previous !== next) {
            beforeLimits[name] = previous;
            afterLimits[name] = next;
          }
        }
        if (Object.keys(afterLimits).length > 0) {
          changedBefore.rateLimits = beforeLimits;
          changedAfter.rateLimits = afterLimits;
        }
      }
      await this.audit.record(manager, actor, {
        action: 'settings.update',
        targetType: 'settings',
        targetId: 'global',
        before: changedBefore,
        after: changedAfter,
      });
      // Delivered to every LISTENing instance when (and only if) this transaction commits.
      await manager.query(`SELECT pg_notify($1, '')`, [SETTINGS_CHANNEL]);
      return this.load(manager);
    });
    this.invalidate();
    return after;
  }

  private async load(manager: EntityManager): Promise<LiveSettings> {
    const rows: Array<{ key: string; value: unknown }> = await manager.query(`SELECT key, value FROM settings`);
    const value = this.defaults();
    for (const row of rows) {
      if (row.key === 'rateLimits' && row.value && typeof row.value === 'object' && !Array.isArray(row.value)) {
        for (const [name, limit] of Object.entries(row.value as Record<string, unknown>)) {
          if (name in value.rateLimits && Number.isSafeInteger(limit) && (limit as number) >= 1) {
            value.rateLimits[name as keyof LiveSettings['rateLimits']] = limit as number;
          }
        }
      } else if ((SCALAR_KEYS as readonly string[]).includes(row.key) && Number.isSafeInteger(row.value)) {
        value[row.key as (typeof SCALAR_KEYS)[number]] = row.value as number;
      } else if ((BOOLEAN_KEYS as readonly string[]).includes(row.key) && typeof row.value === 'boolean') {
        value[row.key as (typeof BOOLEAN_KEYS)[number]] = row.value;
      }
    }
    return value;
  }

  // ---- LISTEN connection -------------------------------------------------

  async onApplicationBootstrap(): Promise<void> {
    await this.listener.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.listener.stop();
  }
}
