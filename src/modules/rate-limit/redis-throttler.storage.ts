import type { OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';

/** One counter's state after a hit. */
export interface HitRecord {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

/**
 * A fixed-window counter in Redis (INCR + PEXPIRE in one script), so that every
 * instance behind the load balancer shares the same limits.
 */
export class RedisThrottlerStorage implements OnApplicationShutdown {
  private readonly redis: Redis;

  /** `prefix` starts every counter key (RATE_LIMIT_REDIS_PREFIX, `tribune:rl:` by default). */
  constructor(
    url: string,
    private readonly prefix = 'tribune:rl:',
  ) {
    this.redis = new Redis(url, { maxRetriesPerRequest: 2, enableOfflineQueue: true, lazyConnect: false });
    this.redis.on('error', () => {
      // ioredis reconnects by itself; an unreachable Redis must not crash the process.
    });
  }

  async increment(key: string, ttl: number, limit: number): Promise<HitRecord> {
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

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}
