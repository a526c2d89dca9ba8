import type pg from 'pg';
import { QueryFailedError, type DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import type { Queryable } from './sql.js';

/**
 * Statements sent straight to the primary's pg pool (the very pool TypeORM holds),
 * for the statements every request or every reply runs: the access guard's user
 * lookup, a new post's pre-check and its one write. Through `dataSource.query` each
 * statement builds and releases a TypeORM QueryRunner, broadcasts to subscribers and
 * wraps the result: in a reply's CPU profile that machinery cost a quarter of
 * pg's own work. Otherwise the same: reported to the data source's logger before it
 * runs (TypeORM logging, the tests' statement counts), a failed statement thrown as a
 * QueryFailedError and logged, a failed connection thrown as pg raised it (503 either
 * way), and TypeORM's result shape (`[rows, affected]` for UPDATE and DELETE). Not for
 * transactions: they take a QueryRunner (`dataSource.transaction`).
 */
export function primaryPool(dataSource: DataSource): Queryable {
  return { query: (sql: string, parameters: unknown[] = []) => runOnPrimary(dataSource, sql, parameters) };
}

async function runOnPrimary(dataSource: DataSource, sql: string, parameters: unknown[]): Promise<unknown> {
  const pool = (dataSource.driver as PostgresDriver).master as pg.Pool;
  const client = await pool.connect();
  dataSource.logger.logQuery(sql, parameters);
  let result: pg.QueryResult;
  try {
    result = await client.query(sql, parameters);
  } catch (error) {
    dataSource.logger.logQueryError(error as Error, sql, parameters);
    throw new QueryFailedError(sql, parameters, error as Error);
  } finally {
    // A client whose connection died is discarded by the pool itself (it is no longer queryable).
    client.release();
  }
  return result.command === 'UPDATE' || result.command === 'DELETE' ? [result.rows, result.rowCount] : result.rows;
}
