import { Injectable, type PipeTransform } from '@nestjs/common';
import { notFound } from '../errors/problem.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/**
 * Route ids are UUIDs. A malformed one cannot name anything the caller may see,
 * so it is a 404 like any other absent object (never a database cast error).
 */
@Injectable()
export class UuidParamPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isUuid(value)) throw notFound();
    return value.toLowerCase();
  }
}
