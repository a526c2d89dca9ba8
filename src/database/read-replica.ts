import type { DataSource } from 'typeorm';
import { sqlRows, type Queryable } from './sql.js';

/**
 * Reads that tolerate replication lag, sent to a read replica.
 *
 * With DATABASE_READ_URLS set, TypeORM runs in `replication` mode, but
 * `dataSource.query()` (and every transaction) goes to the primary; only a
 * query runner created in `'slave'` mode reads from a replica (TypeORM picks
 * one of them per connection). Without replicas the same call reads from the
 * primary, so callers need not care whether replicas exist.
 *
 * Use it ONLY for lag-tolerant reads (public thread pages, search, article
 * list and page). Never for writes, never inside a transaction, and never for
 * a read that must see the caller's own write just made (read-your-writes:
 * the response of a write, the access guard's user lookup).
 */
export function readReplica(dataSource: DataSource): Queryable {
  return {
    query: (sql: string, parameters?: unknown[]) => readQuery(dataSource, sql, parameters),
  };
}

/** Runs one lag-tolerant read on a replica (see readReplica) and returns its rows. */
export async function readQuery<T = Record<string, unknown>>(
  dataSource: DataSource,
  sql: string,
  parameters: unknown[] = [],
): Promise<T[]> {
  const runner = dataSource.createQueryRunner('slave');
  try {
    return await sqlRows<T>(runner, sql, parameters);
  } finally {
    await runner.release();
  }
}
