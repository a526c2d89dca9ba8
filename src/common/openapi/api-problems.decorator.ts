import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { ProblemDto } from './problem.dto.js';

export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 503;

/** What each error status means on any route; a route may say more precisely why. */
export const PROBLEM_DESCRIPTIONS: Record<ProblemStatus, string> = {
  400: 'Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field',
  401: 'No credentials, or an invalid or expired token',
  403: 'Signed in but not allowed (role), or account suspended or banned',
  404: 'Absent, or not visible to the caller',
  409: 'State conflict',
  413: 'Body larger than 256 KB',
  422: 'Well-formed but refused by a rule',
  429: 'Rate limited: retry after `Retry-After` seconds',
  503: 'Database unreachable or instance draining: retry after `Retry-After` seconds',
};

const RETRY_AFTER = {
  'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer', minimum: 0 } },
};

/** The response object of one error status: the shared Problem schema as application/problem+json. */
export function problemResponse(status: ProblemStatus, description?: string) {
  return {
    description: description ?? PROBLEM_DESCRIPTIONS[status],
    content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDto) } } },
    ...(status === 429 || status === 503 ? { headers: RETRY_AFTER } : {}),
  };
}

/**
 * Documents the error answers a route gives beyond those the document builder
 * derives from its access rule, rate limit, parameters and body (401, 403, 400,
 * 404, 413, 429, 503): `@ApiProblems(409, { 422: 'Voting on one own post' })`.
 * A number uses the generic description; an object gives the route's own reason.
 */
export function ApiProblems(...specs: Array<ProblemStatus | Partial<Record<ProblemStatus, string>>>) {
  const entries = specs.flatMap((spec): Array<[ProblemStatus, string | undefined]> =>
    typeof spec === 'number'
      ? [[spec, undefined]]
      : Object.entries(spec).map(([status, text]) => [Number(status) as ProblemStatus, text]),
  );
  return applyDecorators(
    ApiExtraModels(ProblemDto),
    ...entries.map(([status, description]) => ApiResponse({ status, ...problemResponse(status, description) })),
  );
}
