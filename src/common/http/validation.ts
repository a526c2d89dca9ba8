import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { ProblemError, type FieldError } from '../errors/problem.js';
import { rememberValidationRules } from './validation-rules.js';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * PostgreSQL text cannot hold U+0000, so a NUL would reach the database as an
 * error. Every body and query string is checked before validation: the first
 * fields holding one are named in a 400. (Route parameters are left to their
 * own pipes, which answer 404 for what cannot name anything.)
 */
export function fieldsWithNul(value: unknown, path = '', depth = 0, found: string[] = []): string[] {
  if (found.length >= 10 || depth > 32) return found;
  if (typeof value === 'string') {
    if (value.includes('\u0000')) found.push(path || 'body');
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => fieldsWithNul(item, path ? `${path}.${index}` : String(index), depth + 1, found));
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (key.includes('\u0000')) found.push(path ? `${path}.${key}` : key);
      fieldsWithNul((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key, depth + 1, found);
    }
  }
  return found;
}

/** Keys that reach an object's prototype when assigned. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The paths of `__proto__`, `constructor` and `prototype` keys anywhere in parsed
 * input. class-transformer silently skips them, so without this check they would
 * be the only unknown fields accepted without a 400.
 */
export function prototypeKeyPaths(value: unknown, path = '', depth = 0): string[] {
  if (depth > 32 || value === null || typeof value !== 'object') return [];
  return Object.keys(value).flatMap((key) => {
    const field = path ? `${path}.${key}` : key;
    if (PROTOTYPE_KEYS.has(key)) return [field];
    return prototypeKeyPaths((value as Record<string, unknown>)[key], field, depth + 1);
  });
}

class TribuneValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query') {
      const fields = fieldsWithNul(value, metadata.data ?? '');
      if (fields.length > 0) {
        throw new ProblemError(
          400,
          'validation.failed',
          {},
          fields.map((field) => ({ field, code: 'validation.nul_character' })),
        );
      }
      const forbidden = prototypeKeyPaths(value, metadata.data ?? '');
      if (forbidden.length > 0) {
        throw new ProblemError(
          400,
          'validation.failed',
          {},
          forbidden.map((field) => ({ field, code: 'validation.forbidden_key' })),
        );
      }
    }
    return super.transform(value, metadata);
  }
}

/**
 * The global pipe: unknown fields are refused (not silently dropped), types are
 * checked without implicit coercion of bodies, and every failure names its field.
 */
export function createValidationPipe(): ValidationPipe {
  rememberValidationRules();
  return new TribuneValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ProblemError(400, 'validation.failed', {}, flatten(errors)),
  });
}
