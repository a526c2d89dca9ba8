import { HttpException } from '@nestjs/common';

export interface FieldError {
  field: string;
  /** Already-translated text, or a catalogue code with params. */
  message?: string;
  code?: string;
  params?: Record<string, unknown>;
}

/**
 * The one exception type services throw. It carries a catalogue code rather
 * than a sentence, so the filter can answer in the caller's language.
 */
export class ProblemError extends HttpException {
  constructor(
    status: number,
    readonly code: string,
    readonly params: Record<string, unknown> = {},
    readonly fieldErrors: FieldError[] = [],
    readonly headers: Record<string, string> = {},
    /** Extra members of the problem document (RFC 9457 extensions), e.g. `suspendedUntil`. */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(code, status);
  }
}

export const badRequest = (code: string, params?: Record<string, unknown>, fieldErrors?: FieldError[]) =>
  new ProblemError(400, code, params, fieldErrors);
export const unauthorized = (code = 'http.unauthorized', params?: Record<string, unknown>) =>
  new ProblemError(401, code, params);
export const forbidden = (code = 'http.forbidden', params?: Record<string, unknown>) =>
  new ProblemError(403, code, params);
export const notFound = (code = 'http.not_found', params?: Record<string, unknown>) =>
  new ProblemError(404, code, params);
export const conflict = (code = 'http.conflict', params?: Record<string, unknown>) =>
  new ProblemError(409, code, params);
export const unprocessable = (code: string, params?: Record<string, unknown>, fieldErrors?: FieldError[]) =>
  new ProblemError(422, code, params, fieldErrors);
export const tooManyRequests = (retryAfterSeconds: number) =>
  new ProblemError(429, 'http.too_many_requests', { retryAfter: retryAfterSeconds }, [], {
    'Retry-After': String(retryAfterSeconds),
  });
