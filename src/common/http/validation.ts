import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { ProblemError, type FieldError } from '../errors/problem.js';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * PostgreSQL text cannot hold U+0000, so a NUL anywhere in input would reach the
 * database as an error. Like CommonMark, it becomes U+FFFD before validation;
 * identifiers then fail their own pattern with a clear 400.
 */
export function replaceNulCharacters(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.includes('\u0000') ? value.replace(/\u0000/g, '\uFFFD') : value;
  if (depth > 32 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => replaceNulCharacters(item, depth + 1));
  for (const key of Object.keys(value)) {
    (value as Record<string, unknown>)[key] = replaceNulCharacters((value as Record<string, unknown>)[key], depth + 1);
  }
  return value;
}

class TribuneValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    return super.transform(replaceNulCharacters(value), metadata);
  }
}

/**
 * The global pipe: unknown fields are refused (not silently dropped), types are
 * checked without implicit coercion of bodies, and every failure names its field.
 */
export function createValidationPipe(): ValidationPipe {
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
