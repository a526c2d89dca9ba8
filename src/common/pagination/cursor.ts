import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { badRequest } from '../errors/problem.js';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** `?limit=&cursor=` as every list route takes them. */
export class PageQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 50 })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && /^\d{1,4}$/.test(value) ? Number(value) : value))
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 50;

  @ApiPropertyOptional({ description: 'Opaque cursor from a previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;
}

/** Opaque keyset cursors: base64url of a small JSON array of the sort key. */
export function encodeCursor(key: ReadonlyArray<string | number | null>): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** What a cursor element may be: an integer column (int4), a float (a search rank), a string. */
export type CursorPart = 'number' | 'float' | 'string';

const INT4_MAX = 2_147_483_647;
/** Ranks are small (ts_rank of weighted matches); a forged 1e308 is not one. */
const FLOAT_MAX = 1e9;

const partIsValid: Record<CursorPart, (part: unknown) => boolean> = {
  // Only safe integers that fit the int4 columns they are compared with: 1.5, 1e308 and 2^53 are forgeries.
  number: (part) => Number.isSafeInteger(part) && Math.abs(part as number) <= INT4_MAX,
  float: (part) => typeof part === 'number' && Number.isFinite(part) && Math.abs(part) <= FLOAT_MAX,
  string: (part) => typeof part === 'string' && part.length <= 200,
};

/**
 * Decodes a cursor and checks each element against `shape`, so a tampered
 * cursor is a 400, never a SQL error.
 */
export function decodeCursor(cursor: string, shape: ReadonlyArray<CursorPart>): Array<string | number> {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === shape.length &&
      value.every((part, index) => partIsValid[shape[index]](part))
    ) {
      return value as Array<string | number>;
    }
  } catch {
    // fall through to the 400 below
  }
  throw badRequest('validation.invalid_cursor', {}, [{ field: 'cursor', code: 'validation.invalid_cursor' }]);
}

/** Builds a page from `limit + 1` fetched rows: the extra row only proves there is more. */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  toItem: (row: Row) => Item,
  cursorOf: (row: Row) => ReadonlyArray<string | number | null>,
): Page<Item> {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  return {
    items: pageRows.map(toItem),
    nextCursor: hasMore ? encodeCursor(cursorOf(pageRows[pageRows.length - 1])) : null,
  };
}

// Re-exported so DTOs extending PageQuery need one import.
export { Type };

/**
 * A `(timestamp, uuid)` keyset cursor, the timestamp as PostgreSQL prints it at
 * full (microsecond) precision (`(t AT TIME ZONE 'UTC')::text || '+00'`): a JS
 * Date would truncate it and break the keyset. 400 naming `cursor` when forged.
 */
export function decodeTimeIdCursor(cursor: string): [string, string] {
  const [time, id] = decodeCursor(cursor, ['string', 'string']) as string[];
  if (!/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,6})?\+00$/.test(time) || !/^[0-9a-f-]{36}$/.test(id)) {
    throw badRequest('validation.invalid_cursor', {}, [{ field: 'cursor', code: 'validation.invalid_cursor' }]);
  }
  return [time, id];
}
