import pg from 'pg';
import type { DataSourceOptions } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions.js';
import { migrations } from '../../migrations/index.js';
import type { AppConfig } from '../config/config.js';
import { SnakeNamingStrategy } from './naming-strategy.js';

/**
 * A pg client that never turns a lost connection into a process crash. pg's
 * pool listens for errors only on idle clients; a client checked out by a
 * TypeORM query runner and killed between two statements (pg_terminate_backend,
 * failover) would emit an 'error' event nobody handles. With this listener the
 * statement in flight (or the next one) fails instead, the request answers 503,
 * and the pool discards the dead client when it is released.
 */
class ResilientClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    this.on('error', () => undefined);
  }
}

/**
 * One place that turns configuration into TypeORM options, used by the app,
 * the CLI and the tests. Pool settings fail fast: a dead database gives a
 * quick 503 rather than requests hanging on a connection that never comes.
 */
export function dataSourceOptions(
  config: AppConfig,
  databaseUrl: string,
  /** The entity classes; the list lives where the app is wired (src/entities.ts). Migrations need none. */
  entities: Function[] = [],
): DataSourceOptions {
  const pool = {
    max: config.DB_POOL_MAX,
    connectionTimeoutMillis: config.DB_CONNECT_TIMEOUT_MS,
    statement_timeout: config.DB_STATEMENT_TIMEOUT_MS,
    idle_in_transaction_session_timeout: config.DB_STATEMENT_TIMEOUT_MS * 3,
    application_name: 'tribune',
    keepAlive: true,
    Client: ResilientClient,
  };
  const base: PostgresDataSourceOptions = {
    type: 'postgres',
    entities,
    migrations,
    migrationsRun: false,
    synchronize: false,
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    namingStrategy: new SnakeNamingStrategy(),
    extra: pool,
    poolErrorHandler: () => {
      // An idle client lost its server (restart, pg_terminate_backend). pg drops it
      // from the pool by itself; logging here is enough, throwing would crash the process.
    },
  };
  if (config.DATABASE_READ_URLS.length > 0) {
    return {
      ...base,
      replication: {
        master: { url: databaseUrl },
        slaves: config.DATABASE_READ_URLS.map((url) => ({ url })),
      },
    };
  }
  return { ...base, url: databaseUrl };
}
