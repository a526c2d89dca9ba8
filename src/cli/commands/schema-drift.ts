import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import pg from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../../config/config.js';
import { ensureDatabase, withDatabaseName } from '../../database/bootstrap.js';
import { entities } from '../../entities.js';
import { dataSourceOptions } from '../../database/data-source-options.js';
import type { CliRuntime } from '../runtime.js';

async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/**
 * Migrates a scratch database on the server of `serverUrl` from nothing, then
 * asks TypeORM which SQL would make it match the entities. An empty answer
 * means the migrations and the entities agree. The scratch database is always
 * dropped. `entities` replaces the application's list (for tests).
 */
export async function findSchemaDrift(
  config: AppConfig,
  serverUrl: string,
  options: { entities?: DataSourceOptions['entities'] } = {},
): Promise<string[]> {
  const name = `tribune_drift_${randomBytes(6).toString('hex')}`;
  await ensureDatabase(serverUrl, name);
  try {
    const url = withDatabaseName(serverUrl, name);
    const dataSource = new DataSource({
      ...dataSourceOptions(config, url, entities),
      replication: undefined,
      url,
      ...(options.entities ? { entities: options.entities } : {}),
    } as DataSourceOptions);
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
      const sql = await dataSource.driver.createSchemaBuilder().log();
      return sql.upQueries.map((query) => query.query);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await dropDatabase(serverUrl, name);
  }
}

export function registerSchemaDrift(program: Command, cli: CliRuntime): void {
  program
    .command('schema-drift')
    .description(
      'Migrate a scratch database from nothing and print the SQL still needed to match the entities; exit 1 if any',
    )
    .action(async () => {
      // Only the server is needed: the application database is left untouched.
      const queries = await findSchemaDrift(cli.config, await cli.databaseUrl());
      if (queries.length === 0) {
        process.stdout.write('schema matches the entities\n');
        return;
      }
      process.stdout.write(`The migrations do not produce the entities' schema; still needed:\n`);
      for (const query of queries) process.stdout.write(`${query.trim()};\n`);
      process.stdout.write('Write a migration: npm run migration:generate -- migrations/<PascalName>, then read it.\n');
      process.exitCode = 1;
    });
}
