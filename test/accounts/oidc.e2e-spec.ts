import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { startTestApp, type TestApp } from '../support/app.js';

/**
 * OpenID Connect login against a real OpenID provider (oidc-provider) on
 * loopback: the test plays the browser, with real HTTP requests to the
 * provider's authorization endpoint and its development login and consent
 * screens, and to Tribune's login, callback and exchange routes.
 */
const PUBLIC_URL = 'http://tribune.test';
const CLIENT = { client_id: 'tribune', client_secret: 'tribune-client-secret-for-tests-only' };

/** A minimal cookie jar for the provider's own cookies (interaction and session). */
class Browser {
  private readonly cookies = new Map<string, string>();

  async fetch(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const headers: Record<string, string> = {};
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    let body: string | undefined;
    if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(init.form).toString();
    }
    const response = await fetch(url, { method: init.method ?? 'GET', headers, body, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair.split('=');
      const expired = /expires=Thu, 01 Jan 1970/i.test(line) || value.join('=') === '';
      if (expired) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value.join('='));
    }
    return response;
  }

  /**
   * Follows the provider's redirects, signing in as `account` and consenting
   * on its development screens, until it sends the browser to Tribune's callback.
   */
  async authorize(authorizationUrl: string, account: string): Promise<URL> {
    let url = authorizationUrl;
    for (let step = 0; step < 12; step += 1) {
      if (url.startsWith(PUBLIC_URL)) return new URL(url);
      const response = await this.fetch(url);
      if (response.status >= 300 && response.status < 400) {
        url = new URL(response.headers.get('location')!, url).toString();
        continue;
      }
      const html = await response.text();
      const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
      if (response.status !== 200 || !prompt) throw new Error(`unexpected provider page ${response.status}: ${html}`);
      const form: Record<string, string> =
        prompt === 'login' ? { prompt, login: account, password: 'anything' } : { prompt };
      const submitted = await this.fetch(url, { method: 'POST', form });
      url = new URL(submitted.headers.get('location')!, url).toString();
    }
    throw new Error('the provider never redirected back');
  }
}

describe('OpenID Connect login against a real provider', () => {
  let server: Server;
  let issuer: string;
  let t: TestApp;

  beforeAll(async () => {
    server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const provider = new Provider(issuer, {
      clients: [
        {
          ...CLIENT,
          redirect_uris: [`${PUBLIC_URL}/api/auth/oidc/callback`],
          grant_types: ['authorization_code'],
          response_types: ['code'],
        },
      ],
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
      async findAccount(_ctx, id) {
        return {
          accountId: id,
          async claims() {
            return { sub: id, email: `${id}@idp.example`, email_verified: true, name: `Personne ${id}` };
          },
        };
      },
      cookies: { keys: ['oidc-provider-test-cookie-key'] },
      features: { devInteractions: { enabled: true } },
    });
    server.on('request', provider.callback());
    t = await startTestApp({
      PUBLIC_URL,
      CORS_ORIGINS: 'https://www.journal.example',
      OIDC_ISSUER_URL: issuer,
      OIDC_CLIENT_ID: CLIENT.client_id,
      OIDC_CLIENT_SECRET: CLIENT.client_secret,
      RATE_LIMIT_FACTOR: '1000',
    });
  });
  afterAll(async () => {
    await t?.close();
    await new Promise((resolve) => server.close(resolve));
  });

  /** GET /api/auth/oidc/login: where it sends the browser, and Tribune's login cookie. */
  async function startLogin(returnTo = 'https://www.journal.example/article/1') {
    const response = await t.http.get('/api/auth/oidc/login').query({ returnTo }).expect(302);
    const cookie = (response.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('tribune_oidc='))!;
    return { location: response.headers.location as string, cookie, cookiePair: cookie.split(';')[0] };
  }

  async function callback(callbackUrl: URL, cookiePair?: string) {
    const request = t.http.get(`${callbackUrl.pathname}${callbackUrl.search}`);
    return cookiePair ? request.set('Cookie', cookiePair) : request;
  }

  /** A whole sign-in as `account`: the page it lands on, and the code in its fragment. */
  async function signIn(account: string) {
    const login = await startLogin();
    const back = await callback(await new Browser().authorize(login.location, account), login.cookiePair);
    expect(back.status).toBe(302);
    // The attempt is over: its cookie is deleted, whatever the outcome.
    expect(back.headers['set-cookie']).toEqual([
      expect.stringMatching(/^tribune_oidc=; Max-Age=0; Path=\/api\/auth\/oidc;/),
    ]);
    const landing = new URL(back.headers.location as string);
    return { landing, code: new URLSearchParams(landing.hash.slice(1)).get('tribune_code') };
  }

  it('sends the browser to the provider with PKCE (S256), state and nonce, binding them in an HttpOnly cookie', async () => {
    const { location, cookie } = await startLogin();
    const url = new URL(location);
    expect(url.origin).toBe(issuer);
    expect(url.searchParams.get('client_id')).toBe(CLIENT.client_id);
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('redirect_uri')).toBe(`${PUBLIC_URL}/api/auth/oidc/callback`);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url.searchParams.get('state')).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(url.searchParams.get('nonce')).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(url.searchParams.get('scope')).toBe('openid email profile');
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\/api\/auth\/oidc/);
    expect(cookie).toMatch(/Max-Age=600/);
    // The cookie is sealed: neither state nor verifier can be read from it.
    expect(decodeURIComponent(cookie)).not.toContain(url.searchParams.get('state'));
  });

  it('signs in end to end: callback → page with a one-time code → POST exchange → session', async () => {
    const { landing, code } = await signIn('alice');
    expect(`${landing.origin}${landing.pathname}`).toBe('https://www.journal.example/article/1');
    expect(code).toEqual(expect.any(String));
    const session = await t.http.post('/api/auth/oidc/exchange').send({ code }).expect(200);
    expect(session.body.user).toMatchObject({
      username: 'personne.alice',
      email: 'alice@idp.example',
      displayName: 'Personne alice',
      role: 'reader',
    });
    await t.http.get('/api/me').set('Authorization', `Bearer ${session.body.accessToken}`).expect(200);
    const [identity] = await t.db.query(`SELECT user_id FROM user_identities WHERE issuer = $1 AND subject = 'alice'`, [
      issuer,
    ]);
    expect(identity.user_id).toBe(session.body.user.id);

    const replay = await t.http.post('/api/auth/oidc/exchange').send({ code }).expect(401);
    expect(replay.body.code).toBe('auth.oidc_code_invalid');
  });

  it('finds the same account on the next sign-in, by (iss, sub)', async () => {
    const first = await signIn('bruno');
    const second = await signIn('bruno');
    const a = await t.http.post('/api/auth/oidc/exchange').send({ code: first.code }).expect(200);
    const b = await t.http.post('/api/auth/oidc/exchange').send({ code: second.code }).expect(200);
    expect(b.body.user.id).toBe(a.body.user.id);
  });

  it("refuses a callback carried by another attempt's cookie (state), linking nothing", async () => {
    const attempt = await startLogin();
    const other = await startLogin();
    const before = await t.db.query(`SELECT count(*)::int AS n FROM user_identities`);
    const back = await callback(await new Browser().authorize(attempt.location, 'mallory'), other.cookiePair);
    expect(back.status).toBe(302);
    const landing = new URL(back.headers.location as string);
    expect(new URLSearchParams(landing.hash.slice(1)).get('tribune_error')).toBe('auth.oidc_failed');
    expect(await t.db.query(`SELECT count(*)::int AS n FROM user_identities`)).toEqual(before);
  });

  it('refuses a callback without the login cookie (400) and a forged code (401)', async () => {
    const attempt = await startLogin();
    const back = await callback(await new Browser().authorize(attempt.location, 'nocookie'));
    expect(back.status).toBe(400);
    expect(back.body.code).toBe('auth.oidc_no_login');
    const forged = await t.http
      .post('/api/auth/oidc/exchange')
      .send({ code: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' });
    expect(forged.status).toBe(401);
  });

  it('only returns to pages of this site or of CORS_ORIGINS', async () => {
    const response = await t.http
      .get('/api/auth/oidc/login')
      .query({ returnTo: 'https://evil.example/steal' })
      .expect(400);
    expect(response.body.errors[0].field).toBe('returnTo');
  });
});
