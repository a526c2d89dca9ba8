import path from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config.js';
import { dataSourceOptions } from './data-source-options.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';

export interface ResolvedDatabase {
  url: string;
  embedded: EmbeddedDatabase | null;
}

const EMBEDDED_DATABASE_NAME = 'tribune';

/** Creates `name` on the server of `maintenanceUrl` when it does not exist yet. */
export async function ensureDatabase(maintenanceUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/**
 * DATABASE_URL when given; otherwise an embedded PostgreSQL under
 * EMBEDDED_PG_DIR, so `npm install && npm start` needs no database installed.
 */
export async function resolveDatabase(config: AppConfig, log: (message: string) => void): Promise<ResolvedDatabase> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, embedded: null };
  log(`No DATABASE_URL: starting embedded PostgreSQL in ${path.resolve(config.EMBEDDED_PG_DIR)}`);
  const embedded = await startEmbeddedPostgres({ dataDir: config.EMBEDDED_PG_DIR, persistent: true });
  await ensureDatabase(embedded.url, EMBEDDED_DATABASE_NAME);
  log(`Embedded PostgreSQL listening on 127.0.0.1:${embedded.port}`);
  return { url: withDatabaseName(embedded.url, EMBEDDED_DATABASE_NAME), embedded };
}

/**
 * Applies pending migrations under an advisory lock, so several instances
 * starting together migrate once and the others wait, then find nothing to do.
 */
export async function runMigrations(config: AppConfig, databaseUrl: string): Promise<string[]> {
  const dataSource = new DataSource({
    ...dataSourceOptions(config, databaseUrl),
    replication: undefined,
    url: databaseUrl,
  } as never);
  await dataSource.initialize();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    await runner.query('SELECT pg_advisory_lock(727274)');
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock(727274)').catch(() => undefined);
    await runner.release();
    await dataSource.destroy();
  }
}
