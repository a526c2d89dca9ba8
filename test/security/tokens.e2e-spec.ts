import { startTestApp, type TestApp } from '../support/app.js';
import { newUser, type TestUser } from '../support/factories.js';
import { signJwt } from '../support/jwt.js';

const now = () => Math.floor(Date.now() / 1000);

describe('access tokens: exp and iat are required, iat not in the future', () => {
  let t: TestApp;
  let reader: TestUser;
  beforeAll(async () => {
    t = await startTestApp();
    reader = await newUser(t);
  });
  afterAll(async () => t.close());

  const me = (claims: object) =>
    t.http.get('/api/me').set('Authorization', `Bearer ${signJwt(claims, t.config.JWT_SECRET)}`);

  it('accepts a token with iat now and exp in the future', async () => {
    await me({ sub: reader.id, typ: 'access', iat: now(), exp: now() + 600 }).expect(200);
  });

  it('accepts an iat a few seconds ahead (clock skew between instances)', async () => {
    await me({ sub: reader.id, typ: 'access', iat: now() + 5, exp: now() + 600 }).expect(200);
  });

  it.each([
    ['no exp', { iat: now() }],
    ['no iat', { exp: now() + 600 }],
    ['neither', {}],
    ['iat an hour ahead', { iat: now() + 3600, exp: now() + 7200 }],
    ['iat two minutes ahead', { iat: now() + 120, exp: now() + 600 }],
    ['exp not a number', { iat: now(), exp: 'tomorrow' }],
    ['iat not a number', { iat: 'now', exp: now() + 600 }],
    ['expired', { iat: now() - 1000, exp: now() - 100 }],
  ])('refuses a token with %s (401 auth.invalid_token)', async (_, claims) => {
    const response = await me({ sub: reader.id, typ: 'access', ...claims }).expect(401);
    expect(response.body.code).toBe('auth.invalid_token');
  });

  it('reads a public page as anonymous with such a token (not as the user)', async () => {
    const response = await t.http
      .get('/api/articles')
      .set('Authorization', `Bearer ${signJwt({ sub: reader.id, typ: 'access' }, t.config.JWT_SECRET)}`)
      .expect(200);
    expect(response.body.items).toEqual(expect.any(Array));
    await t.http
      .post('/api/auth/logout')
      .set('Authorization', `Bearer ${signJwt({ sub: reader.id, typ: 'access' }, t.config.JWT_SECRET)}`)
      .send({ refreshToken: 'x' })
      .expect(204);
  });
});
