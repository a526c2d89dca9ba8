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
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50 })
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

/**
 * Decodes a cursor and checks each element against `shape` ('string' | 'number'),
 * so a tampered cursor is a 400, never a SQL error.
 */
export function decodeCursor(cursor: string, shape: ReadonlyArray<'string' | 'number'>): Array<string | number> {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === shape.length &&
      value.every((part, index) =>
        shape[index] === 'number'
          ? Number.isSafeInteger(part) || Number.isFinite(part)
          : typeof part === 'string' && part.length <= 200,
      )
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
