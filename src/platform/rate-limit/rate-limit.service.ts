import { Inject, Injectable } from '@nestjs/common';
import { tooManyRequests } from '../../common/errors/problem.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { SettingsService, type LiveSettings } from '../settings/settings.service.js';
import { MemoryThrottlerStorage } from './memory-throttler.storage.js';
import { RedisThrottlerStorage, type HitRecord } from './redis-throttler.storage.js';

/**
 * Where hit counters live. (@nestjs/throttler's own storage is CommonJS that
 * require()s the ESM-only @nestjs/common, which jest's ESM runtime cannot load
 * on Node 20, so Tribune keeps the same contract in two small classes.)
 */
export interface ThrottlerStorage {
  increment(key: string, ttlMs: number, limit: number): Promise<HitRecord>;
}

export type RateLimitBucket = keyof LiveSettings['rateLimits'];

const WINDOW_MS: Record<RateLimitBucket, number> = {
  loginPerMinute: 60_000,
  registerPerHour: 3_600_000,
  forgotPerHour: 3_600_000,
  postsPerMinute: 60_000,
  flagsPerHour: 3_600_000,
  votesPerMinute: 60_000,
  errorReportsPerHour: 3_600_000,
  searchPerMinute: 60_000,
  dsaNoticesPerHour: 3_600_000,
  verifyEmailPerHour: 3_600_000,
};

export const THROTTLER_STORAGE = Symbol('THROTTLER_STORAGE');

/**
 * Rate limits by bucket and subject (an IP, a login name, an account). Limits
 * come from live settings, multiplied by RATE_LIMIT_FACTOR; counters live in
 * Redis when REDIS_URL is set (shared by every instance), in memory otherwise.
 */
@Injectable()
export class RateLimitService {
  constructor(
    @Inject(THROTTLER_STORAGE) private readonly storage: ThrottlerStorage,
    private readonly settings: SettingsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counts one hit; throws 429 with Retry-After once the limit is passed. */
  async consume(bucket: RateLimitBucket, subject: string): Promise<void> {
    const settings = await this.settings.get();
    const limit = Math.max(1, Math.floor(settings.rateLimits[bucket] * this.config.RATE_LIMIT_FACTOR));
    const record = await this.storage.increment(`${bucket}:${subject}`, WINDOW_MS[bucket], limit);
    if (record.totalHits > limit) throw tooManyRequests(Math.max(1, record.timeToExpire));
  }
}

export function createThrottlerStorage(config: AppConfig): ThrottlerStorage {
  return config.REDIS_URL
    ? new RedisThrottlerStorage(config.REDIS_URL, config.RATE_LIMIT_REDIS_PREFIX, new MemoryThrottlerStorage())
    : new MemoryThrottlerStorage();
}
