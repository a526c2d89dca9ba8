import type { DataSource } from 'typeorm';

/**
 * Records every SQL statement the app sends through TypeORM while `run` runs
 * (queries, transactions included: every query runner reports to the data
 * source's logger, whatever the logging option). For "a page costs a fixed
 * number of statements" tests; keep the app otherwise idle while measuring.
 */
export async function recordQueries<T>(
  db: DataSource,
  run: () => Promise<T>,
): Promise<{ result: T; queries: string[] }> {
  const logger = db.logger;
  const original = logger.logQuery;
  const queries: string[] = [];
  logger.logQuery = function (query, parameters, queryRunner) {
    queries.push(query.replace(/\s+/g, ' ').trim());
    return original.call(this, query, parameters, queryRunner);
  };
  try {
    return { result: await run(), queries };
  } finally {
    logger.logQuery = original;
  }
}
