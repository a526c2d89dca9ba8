import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';

/** One counter's state after a hit. */
export interface HitRecord {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

/** The in-memory storage's shape (declared here to keep the two files free of a cycle). */
interface FallbackStorage {
  increment(key: string, ttlMs: number, limit: number): Promise<HitRecord>;
}

/**
 * A fixed-window counter in Redis (INCR + PEXPIRE in one script), so that every
 * instance behind the load balancer shares the same limits. While Redis is
 * unreachable, commands fail at once (no offline queue) and the counters fall
 * back to this process's memory: limits keep biting, per instance, and a Redis
 * outage never turns into failed requests.
 */
export class RedisThrottlerStorage implements OnApplicationShutdown {
  private readonly redis: Redis;
  private readonly logger = new Logger('RateLimits');
  private lastFallbackWarning = 0;

  /** `prefix` starts every counter key (RATE_LIMIT_REDIS_PREFIX, `tribune:rl:` by default). */
  constructor(
    url: string,
    private readonly prefix: string,
    private readonly fallback: FallbackStorage,
  ) {
    this.redis = new Redis(url, {
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      connectTimeout: 2000,
      commandTimeout: 2000,
      lazyConnect: false,
    });
    this.redis.on('error', () => {
      // ioredis reconnects by itself; an unreachable Redis must not crash the process.
    });
  }

  async increment(key: string, ttl: number, limit: number): Promise<HitRecord> {
    try {
      return await this.incrementInRedis(key, ttl, limit);
    } catch (error) {
      if (Date.now() - this.lastFallbackWarning > 60_000) {
        this.lastFallbackWarning = Date.now();
        this.logger.warn({ err: error }, 'Redis unreachable: rate-limit counters fall back to this process');
      }
      return this.fallback.increment(key, ttl, limit);
    }
  }

  private async incrementInRedis(key: string, ttl: number, limit: number): Promise<HitRecord> {
    const [hits, remainingMs] = (await this.redis.eval(
      `local hits = redis.call('INCR', KEYS[1])
       if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
       return {hits, redis.call('PTTL', KEYS[1])}`,
      1,
      `${this.prefix}${key}`,
      String(ttl),
    )) as [number, number];
    const timeToExpire = Math.max(1, Math.ceil(remainingMs / 1000));
    const isBlocked = hits > limit;
    return { totalHits: hits, timeToExpire, isBlocked, timeToBlockExpire: isBlocked ? timeToExpire : 0 };
  }

  /**
   * QUIT lets a connected Redis answer what it was sent. An unreachable one refuses QUIT (no
   * offline queue) and would go on reconnecting every 2 s, holding the process open after the
   * app closed: disconnect() ends that loop, in every state.
   */
  async onApplicationShutdown(): Promise<void> {
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => undefined);
    this.redis.disconnect();
  }
}
