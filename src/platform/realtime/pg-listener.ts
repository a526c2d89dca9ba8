import { Logger } from '@nestjs/common';
import pg from 'pg';
import type { DataSource } from 'typeorm';

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
export function listenerClientConfig(dataSource: DataSource, applicationName: string): pg.ClientConfig {
  const options = dataSource.options as ConnectionFields & { replication?: { master: ConnectionFields } };
  const primary: ConnectionFields = options.replication?.master ?? options;
  const base: pg.ClientConfig = { application_name: applicationName, keepAlive: true, connectionTimeoutMillis: 10_000 };
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

export interface PgListenerOptions {
  /** The channel to LISTEN on. */
  channel: string;
  /** Shown in pg_stat_activity (and used by tests to find the connection). */
  applicationName: string;
  onNotification(payload: string | undefined): void;
  /** Every time LISTEN is (re-)established; `reconnected` is false the first time. */
  onListening?(reconnected: boolean): void;
  /** When the connection is lost (notifications may be missed until it returns). */
  onLost?(): void;
}

/**
 * One dedicated PostgreSQL connection (outside the TypeORM pool, which would
 * recycle it) LISTENing on one channel. A lost connection is re-opened with
 * exponential backoff and jitter; it never takes the process down. Used for
 * live thread events and for live settings.
 */
export class PgListener {
  private readonly logger: Logger;
  private client: pg.Client | null = null;
  private listening = false;
  private everListened = false;
  private closed = false;
  private attempt = 0;
  private retryTimer: NodeJS.Timeout | null = null;
  private waiters: Array<() => void> = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: PgListenerOptions,
  ) {
    this.logger = new Logger(`PgListener:${options.channel}`);
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

  start(): Promise<void> {
    return this.connect();
  }

  async stop(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    const client = this.client;
    this.client = null;
    this.listening = false;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const { channel } = this.options;
    const client = new pg.Client(listenerClientConfig(this.dataSource, this.options.applicationName));
    this.client = client;
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, null));
    client.on('notification', (message) => {
      if (message.channel === channel) this.options.onNotification(message.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
    } catch (error) {
      this.lost(client, error as Error);
      return;
    }
    if (this.client !== client) return; // lost or stopped meanwhile
    const reconnected = this.everListened;
    this.listening = true;
    this.everListened = true;
    this.attempt = 0;
    if (reconnected) this.logger.log(`LISTEN ${channel} re-established`);
    this.options.onListening?.(reconnected);
    for (const resolve of this.waiters.splice(0)) resolve();
  }

  /** Handles the loss of `client` once (error and end both fire), then schedules a retry. */
  private lost(client: pg.Client, error: Error | null): void {
    if (this.client !== client) return;
    this.client = null;
    this.listening = false;
    client.removeAllListeners('notification');
    client.end().catch(() => undefined);
    this.options.onLost?.();
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
    this.retryTimer.unref();
  }
}
