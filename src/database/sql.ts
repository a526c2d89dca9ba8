/** Anything that runs SQL: a DataSource, an EntityManager or a QueryRunner. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * Runs SQL and returns its rows. TypeORM's postgres driver returns
 * `[rows, affectedCount]` for UPDATE and DELETE but plain rows otherwise; this
 * hides the difference so `UPDATE … RETURNING` reads like a SELECT.
 */
export async function sqlRows<T>(db: Queryable, sql: string, parameters: unknown[] = []): Promise<T[]> {
  const result = await db.query(sql, parameters);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}

/** Number of rows an INSERT/UPDATE/DELETE touched (RETURNING not needed). */
export async function sqlAffected(db: Queryable, sql: string, parameters: unknown[] = []): Promise<number> {
  const result = await db.query(sql, parameters);
  if (Array.isArray(result) && result.length === 2 && typeof result[1] === 'number') return result[1];
  return Array.isArray(result) ? result.length : 0;
}
