import { startTestApp, type TestApp } from '../support/app.js';
import { declaredRoutes } from '../support/routes.js';

describe('route access rules', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('finds the routes of the app', () => {
    const routes = declaredRoutes(t.app).map((r) => `${r.method} ${r.path}`);
    expect(routes).toEqual(expect.arrayContaining(['POST /auth/login', 'GET /me', 'GET /health/ready']));
  });

  it('every route declares an access rule (@Public, @Roles, @Authenticated or @ActiveUser)', () => {
    const undeclared = declaredRoutes(t.app)
      .filter((route) => route.access === 'none')
      .map((route) => `${route.method} ${route.path} (${route.controller}.${route.handler})`);
    expect(undeclared).toEqual([]);
  });
});
