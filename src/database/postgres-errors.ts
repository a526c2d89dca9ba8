import { QueryFailedError } from 'typeorm';

/** SQLSTATE codes Tribune maps to answers instead of letting them become 500s. */
export const PG_UNIQUE_VIOLATION = '23505';
export const PG_FOREIGN_KEY_VIOLATION = '23503';

interface PgDriverError {
  code?: string;
  constraint?: string;
  detail?: string;
}

/**
 * True when PostgreSQL refused a statement with `code`, optionally for one
 * named constraint or for a key on one column (read from the error's detail,
 * `Key (email)=(…) already exists.`), since unnamed constraints vary.
 */
export function isPgError(error: unknown, code: string, on: { constraint?: string; column?: string } = {}): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as PgDriverError | undefined;
  if (driverError?.code !== code) return false;
  if (on.constraint !== undefined && driverError.constraint !== on.constraint) return false;
  if (on.column !== undefined && !(driverError.detail ?? '').includes(`(${on.column})`)) return false;
  return true;
}
