import { startTestApp, type TestApp } from '../support/app.js';
import { newCast, newUser, type Cast } from '../support/factories.js';
import { checkMatrix, type MatrixRoute } from '../support/permission-matrix.js';
import { declaredRoutes } from '../support/routes.js';

/** Admins only, on every admin route; non-admins 403, anonymous 401. */
const ADMIN_ONLY = (success: number): MatrixRoute['expect'] => ({
  anonymous: 401,
  reader: 403,
  otherReader: 403,
  editor: 403,
  moderator: 403,
  suspended: 403,
  banned: 403,
  admin: success,
});

describe('admin: permission matrix', () => {
  let t: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    t = await startTestApp();
    cast = await newCast(t);
  });
  afterAll(async () => t.close());

  it('declares an access rule on every admin route', () => {
    const routes = declaredRoutes(t.app).filter((route) => route.controller.startsWith('Admin'));
    expect(routes.map((route) => `${route.method} ${route.path}`).sort()).toEqual(
      [
        'GET /admin/users',
        'PATCH /admin/users/:id',
        'POST /admin/users/:id/ban',
        'POST /admin/users/:id/unban',
        'POST /admin/users/:id/anonymize',
        'GET /admin/settings',
        'PATCH /admin/settings',
      ].sort(),
    );
    expect(routes.filter((route) => route.access === 'none')).toEqual([]);
  });

  it('GET /api/admin/users: admins only', async () => {
    const mismatches = await checkMatrix(t, cast, {
      method: 'get',
      route: '/api/admin/users',
      path: () => '/api/admin/users',
      expect: ADMIN_ONLY(200),
    });
    expect(mismatches).toEqual([]);
  });

  it('PATCH /api/admin/users/:id: admins only', async () => {
    const target = await newUser(t);
    const mismatches = await checkMatrix(t, cast, {
      method: 'patch',
      route: '/api/admin/users/:id',
      path: () => `/api/admin/users/${target.id}`,
      body: () => ({ role: 'editor' }),
      expect: ADMIN_ONLY(200),
    });
    expect(mismatches).toEqual([]);
  });

  it('POST /api/admin/users/:id/ban: admins only', async () => {
    const target = await newUser(t);
    const mismatches = await checkMatrix(t, cast, {
      method: 'post',
      route: '/api/admin/users/:id/ban',
      path: () => `/api/admin/users/${target.id}/ban`,
      body: () => ({ reason: 'spam' }),
      expect: ADMIN_ONLY(200),
    });
    expect(mismatches).toEqual([]);
  });

  it('POST /api/admin/users/:id/unban: admins only', async () => {
    const target = await newUser(t, { status: 'banned' });
    const mismatches = await checkMatrix(t, cast, {
      method: 'post',
      route: '/api/admin/users/:id/unban',
      path: () => `/api/admin/users/${target.id}/unban`,
      body: () => ({ reason: 'appeal accepted' }),
      expect: ADMIN_ONLY(200),
    });
    expect(mismatches).toEqual([]);
  });

  it('POST /api/admin/users/:id/anonymize: admins only', async () => {
    const target = await newUser(t);
    const mismatches = await checkMatrix(t, cast, {
      method: 'post',
      route: '/api/admin/users/:id/anonymize',
      path: () => `/api/admin/users/${target.id}/anonymize`,
      expect: ADMIN_ONLY(200),
    });
    expect(mismatches).toEqual([]);
  });

  it('GET /api/admin/settings: admins only', async () => {
    const mismatches = await checkMatrix(t, cast, {
      method: 'get',
      route: '/api/admin/settings',
      path: () => '/api/admin/settings',
      expect: ADMIN_ONLY(200),
    });
    expect(mismatches).toEqual([]);
  });

  it('PATCH /api/admin/settings: admins only', async () => {
    const mismatches = await checkMatrix(t, cast, {
      method: 'patch',
      route: '/api/admin/settings',
      path: () => '/api/admin/settings',
      body: () => ({ flagHideThreshold: 4 }),
      expect: ADMIN_ONLY(200),
    });
    expect(mismatches).toEqual([]);
  });

  it('a banned or suspended admin keeps no admin powers, not even reading', async () => {
    const bannedAdmin = await newUser(t, { role: 'admin', status: 'banned' });
    const suspendedAdmin = await newUser(t, { role: 'admin', status: 'suspended' });
    await t.http.get('/api/admin/users').set(bannedAdmin.auth).expect(403);
    await t.http.get('/api/admin/settings').set(suspendedAdmin.auth).expect(403);
  });

  it('a malformed id is a 404, an unknown one too', async () => {
    await t.http.patch('/api/admin/users/not-a-uuid').set(cast.admin.auth).send({ role: 'editor' }).expect(404);
    await t.http
      .post('/api/admin/users/00000000-0000-4000-8000-000000000000/ban')
      .set(cast.admin.auth)
      .send({ reason: 'x' })
      .expect(404);
  });
});
