import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';

/** Live settings: stored in the database, defaults from the environment. */
export interface LiveSettings {
  flagHideThreshold: number;
  premoderateFirstPosts: number;
  editWindowMinutes: number;
  rateLimits: {
    loginPerMinute: number;
    registerPerHour: number;
    forgotPerHour: number;
    postsPerMinute: number;
    flagsPerHour: number;
    votesPerMinute: number;
    errorReportsPerHour: number;
  };
}

export type SettingKey = keyof LiveSettings;

/**
 * Reads live settings with a one-second cache: a change made through the admin
 * API applies at once on the instance that took it (its cache is dropped) and
 * within a second everywhere else, with no restart.
 */
@Injectable()
export class SettingsService {
  private cached: { value: LiveSettings; until: number } | null = null;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  defaults(): LiveSettings {
    const c = this.config;
    return {
      flagHideThreshold: c.FLAG_HIDE_THRESHOLD,
      premoderateFirstPosts: c.PREMODERATE_FIRST_POSTS,
      editWindowMinutes: c.EDIT_WINDOW_MINUTES,
      rateLimits: {
        loginPerMinute: c.RATE_LIMIT_LOGIN_PER_MINUTE,
        registerPerHour: c.RATE_LIMIT_REGISTER_PER_HOUR,
        forgotPerHour: c.RATE_LIMIT_FORGOT_PER_HOUR,
        postsPerMinute: c.RATE_LIMIT_POSTS_PER_MINUTE,
        flagsPerHour: c.RATE_LIMIT_FLAGS_PER_HOUR,
        votesPerMinute: c.RATE_LIMIT_VOTES_PER_MINUTE,
        errorReportsPerHour: c.RATE_LIMIT_ERROR_REPORTS_PER_HOUR,
      },
    };
  }

  async get(): Promise<LiveSettings> {
    const now = Date.now();
    if (this.cached && this.cached.until > now) return this.cached.value;
    const rows: Array<{ key: string; value: unknown }> = await this.dataSource.query(`SELECT key, value FROM settings`);
    const value = this.defaults();
    for (const row of rows) {
      if (row.key === 'rateLimits' && row.value && typeof row.value === 'object') {
        value.rateLimits = { ...value.rateLimits, ...(row.value as Partial<LiveSettings['rateLimits']>) };
      } else if (row.key in value && typeof row.value === 'number') {
        (value as unknown as Record<string, unknown>)[row.key] = row.value;
      }
    }
    this.cached = { value, until: now + 1000 };
    return value;
  }

  /** Drops the cache (after a change through the admin API). */
  invalidate(): void {
    this.cached = null;
  }
}
