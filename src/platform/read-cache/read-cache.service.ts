import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { PgListener } from '../realtime/pg-listener.js';
import { ThreadEventHub } from '../realtime/thread-event-hub.js';
import type { CacheDependencies } from './read-cache.interceptor.js';
import { ReadCacheStore } from './read-cache.store.js';

/** Every table trigger NOTIFYs here (migration ReadCacheInvalidation): `thread:<id>`, `article:<id>`, `poll:<id>`, `all`. */
export const READ_CACHE_CHANNEL = 'tribune_read_cache';
const REPLICA_MAX_AGE_MS = 1000;

/**
 * The anonymous read cache of this instance (see ReadCacheStore for the rules).
 * Invalidations come from the database triggers' NOTIFYs on one dedicated
 * LISTEN connection, and from the live thread events themselves, before they
 * reach the SSE streams: a widget that re-fetches on `post.created` can never
 * be answered from a page cached before that post. While the LISTEN
 * connection is down the cache neither serves nor stores.
 */
@Injectable()
export class ReadCacheService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReadCacheService.name);
  readonly store: ReadCacheStore;
  private readonly listener: PgListener;
  private readonly enabled: boolean;

  constructor(
    dataSource: DataSource,
    hub: ThreadEventHub,
    private readonly adapterHost: HttpAdapterHost,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.enabled = config.READ_CACHE_MAX_MB > 0;
    this.store = new ReadCacheStore({
      maxBytes: config.READ_CACHE_MAX_MB * 1024 * 1024,
      // A miss may read a replica that has not replayed the latest write: such a page lives 1 s at most.
      maxAgeMs: config.DATABASE_READ_URLS.length > 0 ? REPLICA_MAX_AGE_MS : null,
    });
    hub.observe((threadId) => this.store.invalidate(`thread:${threadId}`));
    this.listener = new PgListener(dataSource, {
      channel: READ_CACHE_CHANNEL,
      applicationName: 'tribune-read-cache',
      onNotification: (payload) => {
        if (payload) this.store.invalidate(payload);
      },
      onListening: () => this.store.start(),
      onLost: () => this.store.stop(),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    // A CLI context serves nothing; with READ_CACHE_MAX_MB=0 the cache stays off.
    if (!this.adapterHost.httpAdapter || !this.enabled) return;
    await this.listener.start();
    this.logger.log(`Anonymous read cache on (LISTEN ${READ_CACHE_CHANNEL})`);
  }

  async onApplicationShutdown(): Promise<void> {
    this.store.stop();
    await this.listener.stop();
  }

  /**
   * Voids what shows `tag` on this instance at once, for read-your-writes: the
   * database trigger's NOTIFY does it too, but a moment later (and on every instance).
   */
  invalidate(tag: string): void {
    this.store.invalidate(tag);
  }

  /**
   * The public part of an answer that a signed-in reader completes with their own
   * part (their votes, their permissions, their pending posts): read from the cache
   * under `key`, or loaded (`load` reads what an anonymous reader would get) and
   * stored under the same ticket rule as anonymous answers, so it is exact in the
   * same way. The returned object is shared: callers copy what they change.
   */
  async readThrough<T>(
    key: string,
    route: string,
    load: () => Promise<T>,
    dependencies: (value: T) => CacheDependencies,
  ): Promise<T> {
    const hit = this.store.get(key);
    if (hit?.value !== undefined) return hit.value as T;
    const ticket = this.store.ticket();
    const value = await load();
    const { tags, expiresAt = null } = dependencies(value);
    this.store.set(key, { body: Buffer.from(JSON.stringify(value)), value, route, tags, ticket, expiresAt });
    return value;
  }

  /** The backend pid of the LISTEN connection (tests kill it to prove the cache stops serving). */
  get backendPid(): number | null {
    return this.listener.backendPid;
  }

  whenListening(): Promise<void> {
    return this.listener.whenListening();
  }
}
