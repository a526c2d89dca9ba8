import pg from 'pg';

/**
 * Runs `run` while another session holds an ACCESS EXCLUSIVE lock on `table`: with a short
 * DB_STATEMENT_TIMEOUT_MS, the app's statements on that table fail (57014, statement
 * cancelled), a real database fault. Then proves the fault was in place throughout (the
 * lock still held, or it throws), and ends the session, which aborts its transaction and
 * frees the lock (no ROLLBACK whose failure would hide the test's own error).
 */
export async function whileTableLocked<T>(databaseUrl: string, table: string, run: () => Promise<T>): Promise<T> {
  const locker = new pg.Client({ connectionString: databaseUrl });
  await locker.connect();
  try {
    await locker.query('BEGIN');
    await locker.query(`LOCK TABLE ${pg.escapeIdentifier(table)} IN ACCESS EXCLUSIVE MODE`);
    const result = await run();
    const held = await locker.query(
      `SELECT count(*)::int AS n FROM pg_locks WHERE relation = $1::regclass AND mode = 'AccessExclusiveLock' AND granted`,
      [table],
    );
    if (held.rows[0].n !== 1) throw new Error(`the lock on ${table} was not held throughout`);
    return result;
  } finally {
    await locker.end();
  }
}
