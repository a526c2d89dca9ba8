import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import type { HttpAdapterHost } from '@nestjs/core';
import type { IncomingHttpHeaders } from 'node:http';
import { QueryFailedError } from 'typeorm';
import { preferredLanguage, translate, type Language } from '../i18n/messages.js';
import { translateValidationMessage } from '../i18n/validation-messages.js';
import { ProblemError, type FieldError } from './problem.js';

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

const genericCodes: Record<number, string> = {
  400: 'http.bad_request',
  401: 'http.unauthorized',
  403: 'http.forbidden',
  404: 'http.not_found',
  405: 'http.method_not_allowed',
  409: 'http.conflict',
  413: 'http.payload_too_large',
  415: 'http.unsupported_media_type',
  422: 'http.unprocessable',
  503: 'http.unavailable',
};

/**
 * Body-parsing errors that get a code of their own, by Express's body-parser `type` or
 * Fastify's content-type parser `code` (the same answers under either HTTP adapter).
 */
const BODY_PARSER_CODES: Record<string, string> = {
  'entity.parse.failed': 'http.malformed_json',
  'entity.too.deep': 'http.json_too_deep',
  FST_ERR_CTP_INVALID_JSON_BODY: 'http.malformed_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'http.malformed_json',
};

/** The body-parsing code of a parser's error (`type` from body-parser, `code` from Fastify), if any. */
function bodyParserCode(error: unknown): string | undefined {
  const { type, code } = (error ?? {}) as { type?: unknown; code?: unknown };
  return BODY_PARSER_CODES[String(type ?? code)];
}

/** Errors that mean "the database is unreachable right now", not "we have a bug". */
const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08003',
  '08006',
  '08001',
  '08004',
  '53300',
  '57014',
]);
// "already released": a transaction whose connection died under it (pg_terminate_backend,
// failover) has its query runner released by TypeORM; the next statement reports that.
const CONNECTION_ERROR_TEXT =
  /connection provided by a query runner was already released|Query runner already released|Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|connection is closed|Connection ended|terminating connection/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && CONNECTION_ERROR_CODES.has(code)) return true;
    if (typeof message === 'string' && CONNECTION_ERROR_TEXT.test(message)) return true;
    current =
      (current as { driverError?: unknown; cause?: unknown }).driverError ?? (current as { cause?: unknown }).cause;
  }
  return false;
}

/** An error raised by the database (a refused statement or an unreachable server), not by the caller. */
export function isDatabaseError(error: unknown): boolean {
  return error instanceof QueryFailedError || isDatabaseUnavailable(error);
}

interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  requestId?: string;
  errors?: Array<{ field: string; message: string }>;
}

/** A problem+json body in the caller's language; field errors translated one by one. */
export function buildProblem(
  language: Language,
  requestId: string,
  status: number,
  code: string,
  params: Record<string, unknown>,
  errors?: FieldError[],
): Problem {
  return {
    type: `https://tribune.dev/problems/${code.replace(/[._]/g, '-')}`,
    title: titles[status] ?? 'Error',
    status,
    detail: translate(code, language, { ...params, requestId }),
    code,
    requestId: requestId || undefined,
    ...(errors && errors.length > 0
      ? {
          errors: errors.map((error) => ({
            field: error.field,
            message: error.code
              ? translate(error.code, language, { field: error.field, ...error.params })
              : translateValidationMessage(error.message ?? '', error.field, language),
          })),
        }
      : {}),
  };
}

/** What the filter reads of a request, the same under Express and Fastify. */
interface ProblemRequest {
  method: string;
  headers: IncomingHttpHeaders;
  id?: unknown;
}

/**
 * Turns every error into RFC 9457 problem+json, in the caller's language.
 * Unknown errors become a 500 naming the request id; the stack goes to the log only.
 * Writes through Nest's HTTP adapter (status, headers, reply), never a framework's own
 * response methods, so the filter answers the same under Express and Fastify.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const adapter = this.adapterHost.httpAdapter;
    const http = host.switchToHttp();
    const request = http.getRequest<ProblemRequest>();
    const response: unknown = http.getResponse();
    const language = preferredLanguage(request.headers?.['accept-language']);
    const requestId = String(request.id ?? '');
    const path = String(adapter.getRequestUrl(request) ?? '');
    const { problem, headers } = this.toProblem(exception, request.method, path, language, requestId);
    if (adapter.isHeadersSent(response)) {
      adapter.end(response);
      return;
    }
    for (const [name, value] of Object.entries(headers)) adapter.setHeader(response, name, value);
    adapter.setHeader(response, 'Content-Type', 'application/problem+json');
    adapter.reply(response, JSON.stringify(problem), problem.status);
  }

  private toProblem(
    exception: unknown,
    method: string,
    url: string,
    language: Language,
    requestId: string,
  ): { problem: Problem; headers: Record<string, string> } {
    const build = (status: number, code: string, params: Record<string, unknown> = {}, errors?: FieldError[]) =>
      buildProblem(language, requestId, status, code, params, errors);

    if (exception instanceof ProblemError) {
      return {
        problem: {
          ...exception.extensions,
          ...build(exception.getStatus(), exception.code, exception.params, exception.fieldErrors),
        },
        headers: exception.headers,
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status === HttpStatus.NOT_FOUND && /^Cannot (\w+) /.test(exception.message)) {
        return {
          problem: build(404, 'http.route_not_found', {
            method,
            path: url.split('?')[0].slice(0, 200),
          }),
          headers: {},
        };
      }
      if (status === HttpStatus.TOO_MANY_REQUESTS) {
        return { problem: build(429, 'http.too_many_requests', { retryAfter: '?' }), headers: {} };
      }
      // Nest wraps the body parser's errors in an HttpException; its cause tells invalid JSON apart.
      const bodyCode = bodyParserCode(exception.cause);
      if (bodyCode) return { problem: build(400, bodyCode), headers: {} };
      if (status >= 500) this.logger.error({ err: exception, requestId }, 'HTTP 5xx exception');
      return { problem: build(status, genericCodes[status] ?? 'http.bad_request'), headers: {} };
    }
    // body-parser and friends signal client errors with a numeric status.
    const { status } = (exception ?? {}) as { status?: unknown };
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const code = bodyParserCode(exception) ?? genericCodes[status] ?? 'http.bad_request';
      return { problem: build(status, code), headers: {} };
    }
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn({ requestId, err: exception }, 'database unavailable');
      return { problem: build(503, 'http.unavailable'), headers: { 'Retry-After': '2' } };
    }
    if (exception instanceof QueryFailedError) {
      const code = (exception.driverError as { code?: string } | undefined)?.code;
      // A unique violation that a service did not map is still a conflict, not a crash.
      if (code === '23505') return { problem: build(409, 'conflict.duplicate'), headers: {} };
      if (code === '40001' || code === '40P01')
        return { problem: build(503, 'http.unavailable'), headers: { 'Retry-After': '1' } };
    }
    this.logger.error({ err: exception, requestId }, 'Unhandled error');
    return { problem: build(500, 'http.internal'), headers: {} };
  }
}
