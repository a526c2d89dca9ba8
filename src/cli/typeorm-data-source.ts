import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/config.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { entities } from '../entities.js';

/**
 * The data source the TypeORM CLI uses (`npm run migration:generate -- migrations/Name`).
 * It needs DATABASE_URL: generating against an explicit, migrated database keeps
 * the diff honest.
 */
const config = loadConfig();
if (!config.DATABASE_URL) throw new Error('Set DATABASE_URL to a migrated database to use the TypeORM CLI');
export default new DataSource({
  ...dataSourceOptions(config, config.DATABASE_URL, entities),
  replication: undefined,
  url: config.DATABASE_URL,
} as never);
