import type { TestApp } from './app.js';
import type { Cast, TestUser } from './factories.js';

/** `service`: a request with a service API key (`Authorization: Bearer trb_…`), see `checkMatrix`'s `serviceKey`. */
export type Caller = 'anonymous' | keyof Cast | 'owner' | 'service';
export const CALLERS: Caller[] = [
  'anonymous',
  'reader',
  'otherReader',
  'editor',
  'moderator',
  'admin',
  'suspended',
  'banned',
];

export interface MatrixRoute {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Route pattern as Nest registers it (e.g. `/api/posts/:id`), used to check coverage. */
  route: string;
  /** The concrete path to call (may depend on fixtures, hence a function). */
  path: () => string;
  body?: () => unknown;
  /** Expected status per caller; a caller left out is not exercised. */
  expect: Partial<Record<Caller, number>>;
  /** The user standing for "owner", when the route has one. */
  owner?: () => TestUser;
}

/**
 * Runs one route as each caller and returns the statuses that differ from the
 * expectation, as readable lines; an empty array means the matrix holds.
 * Bodies are rebuilt per call so that a success does not make the next caller conflict.
 */
export async function checkMatrix(
  t: TestApp,
  cast: Cast,
  route: MatrixRoute,
  options: { serviceKey?: string } = {},
): Promise<string[]> {
  const mismatches: string[] = [];
  for (const [caller, expected] of Object.entries(route.expect) as Array<[Caller, number]>) {
    if (caller === 'service' && !options.serviceKey) throw new Error('the service caller needs options.serviceKey');
    const user =
      caller === 'anonymous' || caller === 'service'
        ? null
        : caller === 'owner'
          ? route.owner?.()
          : cast[caller as keyof Cast];
    let request = t.http[route.method](route.path());
    if (user) request = request.set(user.auth);
    if (caller === 'service') request = request.set('Authorization', `Bearer ${options.serviceKey}`);
    const response = route.body ? await request.send(route.body() as object) : await request;
    if (response.status !== expected) {
      mismatches.push(
        `${route.method.toUpperCase()} ${route.route} as ${caller}: expected ${expected}, got ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`,
      );
    }
  }
  return mismatches;
}

/** The same expected status for every caller. */
export function everyCaller(status: number): Record<Exclude<Caller, 'owner'>, number> {
  return Object.fromEntries(CALLERS.map((caller) => [caller, status])) as Record<Exclude<Caller, 'owner'>, number>;
}
