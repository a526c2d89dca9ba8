import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

/** What invalidates everything at once (a user's public name or role changed). */
export const ALL_TAG = 'all';

/** A stored anonymous response: its JSON bytes, validators and what invalidates it. */
export interface CachedResponse {
  body: Buffer;
  /** A strong ETag from the bytes (the same on every instance for the same content). */
  etag: string;
  /** The route pattern (for metrics labels on hits). */
  route: string;
  tags: readonly string[];
  /** The ticket (see ReadCacheStore.ticket) taken when the read started. */
  ticket: number;
  /** Epoch ms after which the answer changes by itself (a poll's closesAt), or null. */
  expiresAt: number | null;
  /**
   * The answer as an object, for a reader who adds their own part to the public one
   * (ReadCacheService.readThrough); shared by every such reader, so never mutated.
   */
  value?: unknown;
}

export interface ReadCacheLimits {
  maxBytes: number;
  /** Invalidated tags remembered (older ones raise a floor instead: exact, a little eager). */
  maxTags?: number;
  /** Longest life of an entry (ms), for reads that may come from a lagging replica; none by default. */
  maxAgeMs?: number | null;
}

/**
 * The anonymous read cache's memory: an LRU of responses, and the rules that
 * keep it exact.
 *
 * Every invalidation increments a sequence and records, per tag (`thread:<id>`,
 * `article:<id>`, `poll:<id>`), the sequence at which it was last invalidated.
 * A read takes a ticket (the current sequence) BEFORE it queries the database,
 * and its answer is stored, and later served, only while none of its tags has
 * been invalidated since that ticket. So the race "a read started before a
 * write, its answer stored after the write's invalidation arrived" cannot
 * store a stale page: its ticket predates the invalidation. Invalidations of
 * everything (the LISTEN connection lost or re-established, a user renamed)
 * raise a floor below which no ticket is valid. Entries are checked when read
 * (lazily), so an invalidation costs one map write whatever the number of
 * pages it touches.
 */
export class ReadCacheStore {
  private sequence = 0;
  private floor = 0;
  private serving = false;
  private readonly invalidated: LRUCache<string, number>;
  private readonly entries: LRUCache<string, CachedResponse>;
  private readonly maxAgeMs: number | null;

  constructor(limits: ReadCacheLimits) {
    this.maxAgeMs = limits.maxAgeMs ?? null;
    this.invalidated = new LRUCache<string, number>({
      max: limits.maxTags ?? 100_000,
      // A forgotten tag's invalidation must still bite: everything read before it is void.
      dispose: (value, _key, reason) => {
        if (reason === 'evict' && value > this.floor) this.floor = value;
      },
    });
    this.entries = new LRUCache<string, CachedResponse>({
      maxSize: Math.max(1, limits.maxBytes),
      // A kept object costs about twice its JSON in the heap, on top of the bytes.
      sizeCalculation: (entry, key) => entry.body.length * (entry.value === undefined ? 1 : 3) + key.length + 256,
    });
  }

  /** Serving only while invalidations are known to arrive (the LISTEN connection is up). */
  get isServing(): boolean {
    return this.serving;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Starts serving (after LISTEN was established): whatever was stored before is void. */
  start(): void {
    this.invalidateAll();
    this.serving = true;
  }

  /** Stops serving (LISTEN lost): invalidations may be missed from now on. */
  stop(): void {
    this.serving = false;
    this.invalidateAll();
  }

  /** Taken before a read queries the database; see the class comment. */
  ticket(): number {
    return this.sequence;
  }

  invalidate(tag: string): void {
    if (tag === ALL_TAG) return this.invalidateAll();
    this.sequence += 1;
    this.invalidated.set(tag, this.sequence);
  }

  invalidateAll(): void {
    this.sequence += 1;
    this.floor = this.sequence;
    this.entries.clear();
  }

  get(key: string, now = Date.now()): CachedResponse | undefined {
    if (!this.serving) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.isValid(entry.ticket, entry.tags) && (entry.expiresAt === null || now < entry.expiresAt)) return entry;
    this.entries.delete(key);
    return undefined;
  }

  /** Stores an answer read under `ticket`, unless something it shows changed since: true if stored. */
  set(key: string, entry: Omit<CachedResponse, 'etag'>): CachedResponse | null {
    if (!this.serving || !this.isValid(entry.ticket, entry.tags)) return null;
    const ageLimit = this.maxAgeMs === null ? null : Date.now() + this.maxAgeMs;
    const expiresAt =
      ageLimit === null ? entry.expiresAt : entry.expiresAt === null ? ageLimit : Math.min(entry.expiresAt, ageLimit);
    const stored: CachedResponse = { ...entry, expiresAt, etag: strongEtag(entry.body) };
    this.entries.set(key, stored);
    return stored;
  }

  private isValid(ticket: number, tags: readonly string[]): boolean {
    if (ticket < this.floor) return false;
    for (const tag of tags) if ((this.invalidated.peek(tag) ?? 0) > ticket) return false;
    return true;
  }
}

export function strongEtag(body: Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}
