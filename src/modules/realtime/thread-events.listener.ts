import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { THREAD_EVENTS_CHANNEL } from './realtime.service.js';
import { parseThreadEvent, ThreadEventHub } from './thread-event-hub.js';

const BACKOFF_MIN_MS = 250;
const BACKOFF_MAX_MS = 30_000;

interface ConnectionFields {
  url?: string;
  host?: string;
  port?: number;
  username?: string;
  password?: string | (() => string) | (() => Promise<string>);
  database?: string;
  ssl?: unknown;
}

/**
 * The connection settings the app's TypeORM DataSource was built with (the
 * primary when there are read replicas: NOTIFY and LISTEN must meet there).
 */
export function listenerClientConfig(dataSource: DataSource): pg.ClientConfig {
  const options = dataSource.options as ConnectionFields & { replication?: { master: ConnectionFields } };
  const primary: ConnectionFields = options.replication?.master ?? options;
  const base: pg.ClientConfig = {
    application_name: 'tribune-realtime',
    keepAlive: true,
    connectionTimeoutMillis: 10_000,
  };
  if (primary.url) return { ...base, connectionString: primary.url };
  return {
    ...base,
    host: primary.host,
    port: primary.port,
    user: primary.username,
    password: primary.password as pg.ClientConfig['password'],
    database: primary.database,
    ssl: primary.ssl as pg.ClientConfig['ssl'],
  };
}

/**
 * One dedicated PostgreSQL connection per instance (outside the TypeORM pool,
 * which would recycle it) LISTENing on the thread events channel and feeding
 * the in-process hub. A dropped connection is re-opened with exponential
 * backoff; it never takes the process down. Open streams are told to resync
 * after a reconnection, since NOTIFYs sent meanwhile are lost.
 */
@Injectable()
export class ThreadEventsListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ThreadEventsListener.name);
  private client: pg.Client | null = null;
  private listening = false;
  private everListened = false;
  private closed = false;
  private attempt = 0;
  private retryTimer: NodeJS.Timeout | null = null;
  private waiters: Array<() => void> = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly hub: ThreadEventHub,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // A CLI application context serves no streams: no listener needed.
    if (!this.adapterHost.httpAdapter) return;
    await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    const client = this.client;
    this.client = null;
    this.listening = false;
    await client?.end().catch(() => undefined);
  }

  get isListening(): boolean {
    return this.listening;
  }

  /** The backend pid of the LISTEN connection (tests kill it to prove reconnection). */
  get backendPid(): number | null {
    return (this.client as unknown as { processID?: number } | null)?.processID ?? null;
  }

  /** Resolves once the connection is LISTENing (immediately when it is). */
  whenListening(): Promise<void> {
    if (this.listening) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client(listenerClientConfig(this.dataSource));
    this.client = client;
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, null));
    client.on('notification', (message) => {
      if (message.channel !== THREAD_EVENTS_CHANNEL) return;
      const event = parseThreadEvent(message.payload);
      if (event) this.hub.dispatch(event);
      else this.logger.warn(`Dropped a malformed ${THREAD_EVENTS_CHANNEL} notification`);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${client.escapeIdentifier(THREAD_EVENTS_CHANNEL)}`);
    } catch (error) {
      this.lost(client, error as Error);
      return;
    }
    if (this.client !== client) return; // lost or shut down meanwhile
    const reconnected = this.everListened;
    this.listening = true;
    this.everListened = true;
    this.attempt = 0;
    if (reconnected) {
      this.logger.log(`LISTEN ${THREAD_EVENTS_CHANNEL} re-established`);
      this.hub.resyncAll();
    }
    for (const resolve of this.waiters.splice(0)) resolve();
  }

  /** Handles the loss of `client` once (error and end both fire), then schedules a retry. */
  private lost(client: pg.Client, error: Error | null): void {
    if (this.client !== client) return;
    this.client = null;
    this.listening = false;
    client.removeAllListeners('notification');
    client.end().catch(() => undefined);
    if (this.closed) return;
    const delay = Math.min(BACKOFF_MAX_MS, BACKOFF_MIN_MS * 2 ** this.attempt) * (0.5 + Math.random() / 2);
    this.attempt += 1;
    this.logger.warn(
      `LISTEN connection lost (${error?.message ?? 'connection ended'}); reconnecting in ${Math.round(delay)} ms`,
    );
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.connect();
    }, delay);
  }
}
