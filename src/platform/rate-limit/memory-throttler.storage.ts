import type { HitRecord } from './redis-throttler.storage.js';

/**
 * Fixed-window counters in this process's memory (one instance, or tests).
 * Expired windows are swept lazily so the map cannot grow without bound.
 */
export class MemoryThrottlerStorage {
  private readonly windows = new Map<string, { hits: number; expiresAt: number }>();
  private lastSweep = Date.now();

  async increment(key: string, ttlMs: number, limit: number): Promise<HitRecord> {
    const now = Date.now();
    if (now - this.lastSweep > 60_000) this.sweep(now);
    let window = this.windows.get(key);
    if (!window || window.expiresAt <= now) {
      window = { hits: 0, expiresAt: now + ttlMs };
      this.windows.set(key, window);
    }
    window.hits += 1;
    const timeToExpire = Math.max(1, Math.ceil((window.expiresAt - now) / 1000));
    const isBlocked = window.hits > limit;
    return { totalHits: window.hits, timeToExpire, isBlocked, timeToBlockExpire: isBlocked ? timeToExpire : 0 };
  }

  private sweep(now: number): void {
    this.lastSweep = now;
    for (const [key, window] of this.windows) if (window.expiresAt <= now) this.windows.delete(key);
  }
}
