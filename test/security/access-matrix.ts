import { randomBytes, randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { generate } from 'otplib';
import { hashToken } from '../../src/modules/auth/tokens.js';
import { signUnsubscribeToken, unsubscribeKey } from '../../src/modules/notifications/unsubscribe-token.js';
import type { TestApp } from '../support/app.js';
import { DEFAULT_PASSWORD, newUser, type Cast, type TestUser } from '../support/factories.js';
import { insertArticle, insertPost } from '../support/sql-fixtures.js';

/**
 * THE global permission matrix: one entry per route of the app, keyed
 * `METHOD /path` exactly as the app serves it, with the expected status for
 * every caller. The reader stands for the owner wherever a route has one
 * (its posts, its error report, its account). A route added to the app
 * without an entry here fails test/security/access-matrix.e2e-spec.ts, and so
 * does an entry whose route is gone.
 *
 * The statuses are the ones the module matrices assert (test/<module>/permissions*),
 * gathered in one table; each success is a real success on a fresh fixture.
 */

export type Caller = 'anonymous' | 'reader' | 'otherReader' | 'editor' | 'moderator' | 'admin' | 'suspended' | 'banned';
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
export type Expectation = Record<Caller, number>;

export interface AccessFixtures {
  t: TestApp;
  cast: Cast;
  /** A published article (with its thread) whose body holds the quote `une erreur`. */
  article: { id: string; slug: string; threadId: string };
  /** A fresh visible post, by the reader unless said otherwise. */
  post(options?: { author?: TestUser; status?: 'visible' | 'pending' | 'hidden' }): Promise<string>;
  /** A fresh open poll on the article (single choice, vote change allowed). */
  poll(): Promise<{ id: string; optionIds: string[] }>;
  /** The reader's own error report, filed once. */
  readerReportId: string;
  /** A fresh open error report by an anonymous reader. */
  anonymousReport(): Promise<string>;
  /** A fresh open moderation queue item (a flagged post). */
  queueItem(): Promise<string>;
  watchedWord(): Promise<string>;
  thread(status: 'open' | 'locked'): Promise<string>;
  user(options?: { status?: 'active' | 'suspended' | 'banned'; role?: 'reader' | 'admin' }): Promise<TestUser>;
  /** A service API key holding every scope. */
  serviceKey: string;
  /** A client address no other request used (rate limits and per-IP duplicates stay out of the way). */
  ip(): string;
}

export interface AccessRequest {
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface AccessEntry {
  expect: Expectation;
  /**
   * What a service API key holding every scope gets. Left out: a @Public() route
   * answers it as it answers `anonymous`, any other route 403 (a key is never a user).
   * Required on routes that admit keys (@ApiKeyScope).
   */
  service?: number;
  /** Builds the request for one caller, creating whatever fresh fixture a success consumes. */
  request(f: AccessFixtures, caller: Caller, user?: TestUser | null): Promise<AccessRequest> | AccessRequest;
  /** The route acts on the caller's own account (password, erasure): run it with a throw-away cast. */
  freshCast?: boolean;
  /** A Server-Sent Events stream: judged on its status and Content-Type, then aborted. */
  stream?: boolean;
}

const every = (status: number): Expectation => ({
  anonymous: status,
  reader: status,
  otherReader: status,
  editor: status,
  moderator: status,
  admin: status,
  suspended: status,
  banned: status,
});
/** Signed in, any status (reading or tidying one's own data). */
const signedIn = (status: number): Expectation => ({ ...every(status), anonymous: 401 });
/** Signed in and active: every write by a user. */
const activeUser = (status: number): Expectation => ({ ...signedIn(status), suspended: 403, banned: 403 });
/** Public writes: anonymous callers welcome, but a suspended or banned account's token is refused. */
const publicWrite = (status: number): Expectation => ({ ...every(status), suspended: 403, banned: 403 });
/** Only these roles (the suspended and banned cast members are readers: 403 either way). */
const roles = (allowed: Array<'editor' | 'moderator' | 'admin'>, status: number): Expectation => ({
  anonymous: 401,
  reader: 403,
  otherReader: 403,
  editor: allowed.includes('editor') ? status : 403,
  moderator: allowed.includes('moderator') ? status : 403,
  admin: allowed.includes('admin') ? status : 403,
  suspended: 403,
  banned: 403,
});
const staff = (status: number) => roles(['moderator', 'admin'], status);
const adminOnly = (status: number) => roles(['admin'], status);
const newsroom = (status: number) => roles(['editor', 'admin'], status);

const unique = () => randomBytes(5).toString('hex');

/** The matrix app trusts this news site's sign-in tokens (POST /api/auth/sso). */
export const MATRIX_SSO = {
  issuer: 'https://matrix.journal.example',
  secret: 'matrix sso secret, thirty-two chars or more',
};
const ssoToken = () =>
  new SignJWT({ name: 'Lecteur SSO' })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(MATRIX_SSO.issuer)
    .setSubject(`sso-${unique()}`)
    .setJti(randomUUID())
    .setExpirationTime('5m')
    .sign(new TextEncoder().encode(MATRIX_SSO.secret));
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString();

/** A statement of reasons about `postId` (by the reader), taken by nobody in particular (automated). */
async function decisionAbout(f: AccessFixtures, postId: string): Promise<string> {
  const [decision] = await f.t.db.query(
    `INSERT INTO moderation_decisions (post_id, author_id, action, ground, explanation, source, automated)
     VALUES ($1, $2, 'hide', 'house_rules', 'Hors charte.', 'automated', true) RETURNING id`,
    [postId, f.cast.reader.id],
  );
  return decision.id as string;
}

export const ACCESS_MATRIX: Record<string, AccessEntry> = {
  // ── service API keys ─────────────────────────────────────────────────
  'POST /api/admin/api-keys': {
    expect: adminOnly(201),
    request: () => ({ path: '/api/admin/api-keys', body: { name: `key ${unique()}`, scopes: ['sso'] } }),
  },
  'GET /api/admin/api-keys': { expect: adminOnly(200), request: () => ({ path: '/api/admin/api-keys' }) },
  'DELETE /api/admin/api-keys/:id': {
    expect: adminOnly(204),
    request: async (f) => {
      const created = await f.t.http
        .post('/api/admin/api-keys')
        .set(f.cast.admin.auth)
        .send({ name: 'to revoke', scopes: ['sso'] });
      return { path: `/api/admin/api-keys/${created.body.id}` };
    },
  },

  // ── webhooks ─────────────────────────────────────────────────────────
  'POST /api/admin/webhooks': {
    expect: adminOnly(201),
    request: () => ({
      path: '/api/admin/webhooks',
      body: { url: 'http://127.0.0.1:9/hook', events: ['post.created'] },
    }),
  },
  'GET /api/admin/webhooks': { expect: adminOnly(200), request: () => ({ path: '/api/admin/webhooks' }) },
  'DELETE /api/admin/webhooks/:id': {
    expect: adminOnly(204),
    request: async (f) => {
      const created = await f.t.http
        .post('/api/admin/webhooks')
        .set(f.cast.admin.auth)
        .send({ url: 'http://127.0.0.1:9/hook', events: ['post.flagged'] });
      return { path: `/api/admin/webhooks/${created.body.id}` };
    },
  },
  'GET /api/admin/webhooks/:id/deliveries': {
    expect: adminOnly(200),
    request: async (f) => {
      const created = await f.t.http
        .post('/api/admin/webhooks')
        .set(f.cast.admin.auth)
        .send({ url: 'http://127.0.0.1:9/hook', events: ['post.flagged'] });
      return { path: `/api/admin/webhooks/${created.body.id}/deliveries` };
    },
  },

  // ── health and metrics ───────────────────────────────────────────────
  'GET /api/health': { expect: every(200), request: () => ({ path: '/api/health' }) },
  'GET /api/health/ready': { expect: every(200), request: () => ({ path: '/api/health/ready' }) },
  'GET /metrics': { expect: every(200), request: () => ({ path: '/metrics' }) },

  // ── auth ─────────────────────────────────────────────────────────────
  'POST /api/auth/register': {
    expect: publicWrite(201),
    request: (f) => {
      const username = `reg_${unique()}`;
      return {
        path: '/api/auth/register',
        headers: { 'X-Forwarded-For': f.ip() },
        body: { username, email: `${username}@example.test`, password: DEFAULT_PASSWORD },
      };
    },
  },
  'POST /api/auth/login': {
    expect: publicWrite(200),
    request: (f) => ({
      path: '/api/auth/login',
      headers: { 'X-Forwarded-For': f.ip() },
      body: { login: f.cast.otherReader.username, password: DEFAULT_PASSWORD },
    }),
  },
  'POST /api/auth/refresh': {
    expect: publicWrite(200),
    request: async (f) => {
      const login = await f.t.http
        .post('/api/auth/login')
        .set('X-Forwarded-For', f.ip())
        .send({ login: f.cast.otherReader.username, password: DEFAULT_PASSWORD });
      return { path: '/api/auth/refresh', body: { refreshToken: login.body.refreshToken } };
    },
  },
  'POST /api/auth/logout': {
    expect: every(204),
    request: () => ({ path: '/api/auth/logout', body: { refreshToken: 'never-issued' } }),
  },
  'POST /api/auth/password/forgot': {
    expect: publicWrite(202),
    request: (f) => ({
      path: '/api/auth/password/forgot',
      headers: { 'X-Forwarded-For': f.ip() },
      body: { email: f.cast.otherReader.email },
    }),
  },
  'POST /api/auth/password/reset': {
    expect: publicWrite(204),
    request: async (f) => {
      const user = await f.user();
      const token = `reset-${unique()}${unique()}`;
      await f.t.db.query(
        `INSERT INTO password_reset_tokens (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 hour')`,
        [user.id, hashToken(token)],
      );
      return { path: '/api/auth/password/reset', body: { token, password: 'un tout nouveau secret' } };
    },
  },
  'POST /api/auth/email/verify': {
    expect: publicWrite(204),
    request: async (f) => {
      const user = await f.user();
      const token = `verify-${unique()}${unique()}`;
      await f.t.db.query(
        `INSERT INTO email_verification_tokens (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 hour')`,
        [user.id, hashToken(token)],
      );
      return { path: '/api/auth/email/verify', body: { token } };
    },
  },
  'POST /api/auth/email/verify/resend': {
    expect: activeUser(204),
    request: () => ({ path: '/api/auth/email/verify/resend' }),
  },

  'POST /api/auth/sso': {
    expect: publicWrite(200),
    request: async (f) => ({
      path: '/api/auth/sso',
      headers: { 'X-Forwarded-For': f.ip() },
      body: { token: await ssoToken() },
    }),
  },

  // OIDC is not configured in the matrix app (its end-to-end test runs a real provider: test/accounts/oidc).
  'GET /api/auth/oidc/login': { expect: every(404), request: () => ({ path: '/api/auth/oidc/login' }) },
  'GET /api/auth/oidc/callback': {
    expect: every(404),
    request: () => ({ path: '/api/auth/oidc/callback?code=x&state=y' }),
  },
  'POST /api/auth/oidc/exchange': {
    expect: publicWrite(404),
    request: () => ({ path: '/api/auth/oidc/exchange', body: { code: 'never-issued' } }),
  },

  // ── my account, public profiles ──────────────────────────────────────
  'GET /api/me': { expect: signedIn(200), request: () => ({ path: '/api/me' }) },
  'PATCH /api/me': {
    expect: activeUser(200),
    request: () => ({ path: '/api/me', body: { displayName: 'Nom affiché' } }),
  },
  'PUT /api/me/password': {
    expect: signedIn(204),
    freshCast: true,
    request: () => ({
      path: '/api/me/password',
      body: { currentPassword: DEFAULT_PASSWORD, newPassword: 'un autre secret bien long' },
    }),
  },
  'POST /api/me/2fa/setup': {
    expect: signedIn(200),
    freshCast: true,
    request: () => ({ path: '/api/me/2fa/setup' }),
  },
  // A key-holding service (no user id) is refused before any code matters.
  'POST /api/me/2fa/enable': {
    expect: signedIn(200),
    freshCast: true,
    request: async (f, _caller, user) => {
      if (!user?.id) return { path: '/api/me/2fa/enable', body: { code: '000000' } };
      const setup = await f.t.http.post('/api/me/2fa/setup').set(user.auth);
      return { path: '/api/me/2fa/enable', body: { code: await generate({ secret: setup.body.secret }) } };
    },
  },
  'DELETE /api/me/2fa': {
    expect: signedIn(204),
    freshCast: true,
    request: async (f, _caller, user) => {
      if (!user?.id) return { path: '/api/me/2fa', body: { code: '000000' } };
      const setup = await f.t.http.post('/api/me/2fa/setup').set(user.auth);
      const enabled = await f.t.http
        .post('/api/me/2fa/enable')
        .set(user.auth)
        .send({ code: await generate({ secret: setup.body.secret }) });
      return { path: '/api/me/2fa', body: { code: enabled.body.recoveryCodes[0] } };
    },
  },
  'GET /api/me/export': { expect: signedIn(200), request: () => ({ path: '/api/me/export' }) },
  'DELETE /api/me': {
    expect: signedIn(204),
    freshCast: true,
    request: () => ({ path: '/api/me', body: { password: DEFAULT_PASSWORD } }),
  },
  'GET /api/users/:username': {
    expect: every(200),
    request: (f) => ({ path: `/api/users/${f.cast.reader.username}` }),
  },
  'GET /api/users/:username/posts': {
    expect: every(200),
    request: (f) => ({ path: `/api/users/${f.cast.reader.username}/posts` }),
  },
  'GET /api/me/preferences': { expect: signedIn(200), request: () => ({ path: '/api/me/preferences' }) },
  'PUT /api/me/preferences': {
    expect: signedIn(200),
    request: () => ({ path: '/api/me/preferences', body: { emailOnMention: true } }),
  },
  'POST /api/me/events/ticket': { expect: signedIn(201), request: () => ({ path: '/api/me/events/ticket' }) },
  'GET /api/me/events': {
    // The ticket is the credential (the reader's, fresh per call); an Authorization header adds nothing.
    expect: every(200),
    stream: true,
    request: async (f) => {
      const issued = await f.t.http.post('/api/me/events/ticket').set(f.cast.reader.auth).expect(201);
      return { path: `/api/me/events?ticket=${issued.body.ticket}` };
    },
  },
  'POST /api/unsubscribe': {
    // The signed token is the credential (a fresh account's, per call); the caller's token changes nothing.
    expect: every(200),
    request: async (f) => {
      const owner = await f.user();
      const key = unsubscribeKey(f.t.config.JWT_SECRET);
      const token = signUnsubscribeToken(key, {
        userId: owner.id,
        kind: 'reply',
        issuedAt: Math.floor(Date.now() / 1000),
      });
      return { path: `/api/unsubscribe?token=${token}` };
    },
  },
  'GET /api/me/notifications': { expect: signedIn(200), request: () => ({ path: '/api/me/notifications' }) },
  'POST /api/me/notifications/read': {
    expect: signedIn(200),
    request: () => ({ path: '/api/me/notifications/read', body: { all: true } }),
  },

  // ── articles ─────────────────────────────────────────────────────────
  'GET /api/articles': { expect: every(200), request: () => ({ path: '/api/articles' }) },
  'POST /api/articles': {
    expect: newsroom(201),
    request: () => ({ path: '/api/articles', body: { title: `Article ${unique()}`, body: 'Le texte.' } }),
  },
  'PUT /api/articles/by-external-id/:externalId': {
    expect: newsroom(201),
    service: 201,
    request: () => ({ path: `/api/articles/by-external-id/cms-${unique()}`, body: { title: 'CMS', body: 'Texte.' } }),
  },
  'GET /api/counts': {
    expect: every(200),
    request: (f) => ({ path: `/api/counts?articles=${f.article.slug}` }),
  },
  'GET /count.js': { expect: every(200), request: () => ({ path: '/count.js' }) },
  'GET /api/articles/:slug': { expect: every(200), request: (f) => ({ path: `/api/articles/${f.article.slug}` }) },
  'PATCH /api/articles/:slug': {
    expect: newsroom(200),
    request: (f) => ({ path: `/api/articles/${f.article.slug}`, body: { summary: `Résumé ${unique()}` } }),
  },

  // ── threads and posts ────────────────────────────────────────────────
  'GET /api/threads/:id': { expect: every(200), request: (f) => ({ path: `/api/threads/${f.article.threadId}` }) },
  'GET /api/threads/:id/posts': {
    expect: every(200),
    request: (f) => ({ path: `/api/threads/${f.article.threadId}/posts` }),
  },
  'GET /api/threads/:id/featured': {
    expect: every(200),
    request: (f) => ({ path: `/api/threads/${f.article.threadId}/featured` }),
  },
  'POST /api/threads/:id/posts': {
    expect: activeUser(201),
    request: (f) => ({ path: `/api/threads/${f.article.threadId}/posts`, body: { body: 'Bonjour à tous.' } }),
  },
  'GET /api/threads/:id/events': {
    expect: every(200),
    stream: true,
    request: (f) => ({ path: `/api/threads/${f.article.threadId}/events` }),
  },
  'GET /api/posts/:id': { expect: every(200), request: async (f) => ({ path: `/api/posts/${await f.post()}` }) },
  'PATCH /api/posts/:id': {
    expect: { ...activeUser(200), otherReader: 403, editor: 403 },
    request: async (f) => ({ path: `/api/posts/${await f.post()}`, body: { body: 'Corrigé', reason: 'coquille' } }),
  },
  'GET /api/posts/:id/revisions': {
    expect: { ...activeUser(200), otherReader: 403, editor: 403 },
    request: async (f) => ({ path: `/api/posts/${await f.post()}/revisions` }),
  },
  'DELETE /api/posts/:id': {
    expect: { ...activeUser(403), anonymous: 401, reader: 204 },
    request: async (f) => ({ path: `/api/posts/${await f.post()}` }),
  },
  'PUT /api/posts/:id/vote': {
    // The reader owns the post: voting on one's own post is 422.
    expect: { ...activeUser(200), reader: 422 },
    request: async (f) => ({ path: `/api/posts/${await f.post()}/vote`, body: { value: 1 } }),
  },
  'DELETE /api/posts/:id/vote': {
    expect: activeUser(200),
    request: async (f) => ({ path: `/api/posts/${await f.post()}/vote` }),
  },
  'POST /api/posts/:id/flags': {
    // The reader owns the post: flagging one's own post is 422.
    expect: { ...activeUser(201), reader: 422 },
    request: async (f) => ({ path: `/api/posts/${await f.post()}/flags`, body: { reason: 'spam' } }),
  },
  'GET /api/search': { expect: every(200), request: () => ({ path: '/api/search?q=erreur' }) },

  // ── polls ────────────────────────────────────────────────────────────
  'POST /api/articles/:slug/polls': {
    expect: newsroom(201),
    request: (f) => ({
      path: `/api/articles/${f.article.slug}/polls`,
      body: {
        question: 'Qu’en pensez-vous ?',
        options: ['Oui', 'Non'],
        mode: 'single',
        resultsVisibility: 'always',
        allowVoteChange: true,
      },
    }),
  },
  'GET /api/polls/:id': { expect: every(200), request: async (f) => ({ path: `/api/polls/${(await f.poll()).id}` }) },
  'PUT /api/polls/:id/vote': {
    expect: activeUser(200),
    request: async (f) => {
      const poll = await f.poll();
      return { path: `/api/polls/${poll.id}/vote`, body: { optionIds: [poll.optionIds[0]] } };
    },
  },
  'DELETE /api/polls/:id/vote': {
    expect: activeUser(204),
    request: async (f) => ({ path: `/api/polls/${(await f.poll()).id}/vote` }),
  },
  'POST /api/polls/:id/close': {
    expect: newsroom(200),
    request: async (f) => ({ path: `/api/polls/${(await f.poll()).id}/close` }),
  },

  // ── error reports ────────────────────────────────────────────────────
  'POST /api/articles/:slug/error-reports': {
    expect: publicWrite(201),
    request: (f) => ({
      path: `/api/articles/${f.article.slug}/error-reports`,
      headers: { 'X-Forwarded-For': f.ip() },
      body: { quote: 'une erreur' },
    }),
  },
  'GET /api/error-reports': {
    expect: roles(['editor', 'moderator', 'admin'], 200),
    service: 200,
    request: () => ({ path: '/api/error-reports' }),
  },
  'GET /api/error-reports/:id': {
    // The reader filed it; whoever else may not see it gets 404 (existence not leaked).
    expect: { ...every(404), reader: 200, editor: 200, moderator: 200, admin: 200 },
    // A key with `error-reports:read` sees every report, as staff do.
    service: 200,
    request: (f) => ({ path: `/api/error-reports/${f.readerReportId}` }),
  },
  'PATCH /api/error-reports/:id': {
    expect: roles(['editor', 'moderator', 'admin'], 200),
    service: 200,
    request: async (f) => ({ path: `/api/error-reports/${await f.anonymousReport()}`, body: { status: 'accepted' } }),
  },

  // ── moderation ───────────────────────────────────────────────────────
  'GET /api/moderation/queue': {
    expect: staff(200),
    service: 200,
    request: () => ({ path: '/api/moderation/queue' }),
  },
  'POST /api/moderation/queue/:id/claim': {
    expect: staff(200),
    request: async (f) => ({ path: `/api/moderation/queue/${await f.queueItem()}/claim` }),
  },
  'DELETE /api/moderation/queue/:id/claim': {
    expect: staff(204),
    request: async (f) => ({ path: `/api/moderation/queue/${await f.queueItem()}/claim` }),
  },
  'POST /api/moderation/posts/:id/approve': {
    expect: staff(200),
    request: async (f) => ({
      path: `/api/moderation/posts/${await f.post({ status: 'pending' })}/approve`,
      body: {},
    }),
  },
  'POST /api/moderation/posts/:id/reject': {
    expect: staff(200),
    request: async (f) => ({ path: `/api/moderation/posts/${await f.post({ status: 'pending' })}/reject`, body: {} }),
  },
  'POST /api/moderation/posts/:id/hide': {
    expect: staff(200),
    request: async (f) => ({ path: `/api/moderation/posts/${await f.post()}/hide`, body: { reason: 'Insultes' } }),
  },
  'POST /api/moderation/posts/:id/feature': {
    expect: roles(['editor', 'moderator', 'admin'], 200),
    request: async (f) => ({ path: `/api/moderation/posts/${await f.post()}/feature` }),
  },
  'DELETE /api/moderation/posts/:id/feature': {
    expect: roles(['editor', 'moderator', 'admin'], 200),
    request: async (f) => ({ path: `/api/moderation/posts/${await f.post()}/feature` }),
  },
  'POST /api/moderation/posts/:id/restore': {
    expect: staff(200),
    request: async (f) => ({
      path: `/api/moderation/posts/${await f.post({ status: 'hidden' })}/restore`,
      body: { reason: 'Erreur' },
    }),
  },
  'POST /api/moderation/threads/:id/lock': {
    expect: staff(200),
    request: async (f) => ({ path: `/api/moderation/threads/${await f.thread('open')}/lock`, body: {} }),
  },
  'POST /api/moderation/threads/:id/unlock': {
    expect: staff(200),
    request: async (f) => ({ path: `/api/moderation/threads/${await f.thread('locked')}/unlock`, body: {} }),
  },
  'POST /api/moderation/users/:id/suspend': {
    expect: staff(200),
    request: async (f) => ({
      path: `/api/moderation/users/${(await f.user()).id}/suspend`,
      body: { until: tomorrow(), reason: 'Trolling' },
    }),
  },
  'POST /api/moderation/users/:id/unsuspend': {
    expect: staff(200),
    request: async (f) => ({
      path: `/api/moderation/users/${(await f.user({ status: 'suspended' })).id}/unsuspend`,
      body: {},
    }),
  },
  'GET /api/moderation/log': { expect: staff(200), service: 200, request: () => ({ path: '/api/moderation/log' }) },
  'GET /api/moderation/watched-words': {
    expect: staff(200),
    request: () => ({ path: '/api/moderation/watched-words' }),
  },
  'POST /api/moderation/watched-words': {
    expect: staff(201),
    request: () => ({ path: '/api/moderation/watched-words', body: { pattern: `terme${unique()}`, action: 'flag' } }),
  },
  'DELETE /api/moderation/watched-words/:id': {
    expect: staff(204),
    request: async (f) => ({ path: `/api/moderation/watched-words/${await f.watchedWord()}` }),
  },

  // ── administration ───────────────────────────────────────────────────
  'GET /api/admin/users': { expect: adminOnly(200), request: () => ({ path: '/api/admin/users' }) },
  'PATCH /api/admin/users/:id': {
    expect: adminOnly(200),
    request: async (f) => ({ path: `/api/admin/users/${(await f.user()).id}`, body: { role: 'editor' } }),
  },
  'POST /api/admin/users/:id/ban': {
    expect: adminOnly(200),
    request: async (f) => ({ path: `/api/admin/users/${(await f.user()).id}/ban`, body: { reason: 'spam' } }),
  },
  'POST /api/admin/users/:id/unban': {
    expect: adminOnly(200),
    request: async (f) => ({
      path: `/api/admin/users/${(await f.user({ status: 'banned' })).id}/unban`,
      body: { reason: 'appel accepté' },
    }),
  },
  'POST /api/admin/users/:id/anonymize': {
    expect: adminOnly(200),
    request: async (f) => ({ path: `/api/admin/users/${(await f.user()).id}/anonymize` }),
  },
  'GET /api/admin/settings': { expect: adminOnly(200), request: () => ({ path: '/api/admin/settings' }) },

  // ── moderation in depth ──────────────────────────────────────────────
  'GET /api/moderation/queue/counts': {
    expect: staff(200),
    service: 200,
    request: () => ({ path: '/api/moderation/queue/counts' }),
  },
  'POST /api/moderation/events/ticket': {
    expect: staff(201),
    request: () => ({ path: '/api/moderation/events/ticket' }),
  },
  'GET /api/moderation/events': {
    // The ticket (a moderator's, fresh per call) is the credential; an Authorization header adds nothing.
    expect: every(200),
    stream: true,
    request: async (f) => {
      const issued = await f.t.http.post('/api/moderation/events/ticket').set(f.cast.moderator.auth).expect(201);
      return { path: `/api/moderation/events?ticket=${issued.body.ticket}` };
    },
  },
  'GET /api/moderation/users': {
    expect: staff(200),
    request: (f) => ({ path: `/api/moderation/users?q=${encodeURIComponent(f.cast.reader.username.slice(2))}` }),
  },
  'GET /api/moderation/users/:id': {
    expect: staff(200),
    request: (f) => ({ path: `/api/moderation/users/${f.cast.reader.id}` }),
  },
  'POST /api/moderation/users/:id/notes': {
    expect: staff(201),
    request: (f) => ({ path: `/api/moderation/users/${f.cast.reader.id}/notes`, body: { body: 'Note.' } }),
  },
  'POST /api/moderation/users/:id/premoderate': {
    expect: staff(200),
    request: async (f) => ({ path: `/api/moderation/users/${(await f.user()).id}/premoderate`, body: { reason: 'x' } }),
  },
  'DELETE /api/moderation/users/:id/premoderate': {
    expect: staff(204),
    request: async (f) => {
      const target = await f.user();
      await f.t.db.query(`INSERT INTO user_premoderations (user_id, reason) VALUES ($1, 'x')`, [target.id]);
      return { path: `/api/moderation/users/${target.id}/premoderate` };
    },
  },

  // ── Digital Services Act ─────────────────────────────────────────────
  'POST /api/dsa/notices': {
    expect: publicWrite(201),
    request: async (f) => ({
      path: '/api/dsa/notices',
      headers: { 'X-Forwarded-For': f.ip() },
      body: {
        postId: await f.post(),
        legalGround: 'Injure',
        explanation: 'Propos injurieux.',
        email: 'notifiant@example.test',
        goodFaith: true,
      },
    }),
  },
  'GET /api/me/decisions': { expect: signedIn(200), request: () => ({ path: '/api/me/decisions' }) },
  'POST /api/decisions/:id/appeal': {
    // Only the post's author (the reader) may appeal, suspended or not; to anyone else the decision does not exist.
    expect: { ...every(404), anonymous: 401, reader: 201 },
    request: async (f) => ({
      path: `/api/decisions/${await decisionAbout(f, await f.post({ status: 'hidden' }))}/appeal`,
      body: { explanation: 'Je conteste.' },
    }),
  },
  'POST /api/moderation/appeals/:id/decide': {
    expect: staff(200),
    request: async (f) => {
      const decisionId = await decisionAbout(f, await f.post({ status: 'hidden' }));
      const [appeal] = await f.t.db.query(
        `INSERT INTO appeals (decision_id, author_id, explanation) VALUES ($1, $2, 'Je conteste.') RETURNING id`,
        [decisionId, f.cast.reader.id],
      );
      return { path: `/api/moderation/appeals/${appeal.id}/decide`, body: { outcome: 'upheld', note: 'Maintenu.' } };
    },
  },
  'GET /api/admin/transparency': { expect: adminOnly(200), request: () => ({ path: '/api/admin/transparency' }) },
  'PATCH /api/admin/settings': {
    expect: adminOnly(200),
    request: () => ({ path: '/api/admin/settings', body: { flagHideThreshold: 100 } }),
  },
};

/** Paths Nest serves outside the /api prefix (src/app.factory.ts UNPREFIXED). */
const UNPREFIXED = [/^\/metrics(\/|$)/, /^\/count\.js$/];

/** `METHOD /path` as a client calls it, from a route as declaredRoutes() reports it. */
export function routeKey(route: { method: string; path: string }): string {
  const path = UNPREFIXED.some((pattern) => pattern.test(route.path)) ? route.path : `/api${route.path}`;
  return `${route.method.toUpperCase()} ${path}`;
}

let ipCounter = 0;

/** Builds the fixtures of the matrix on a fresh app. */
export async function createAccessFixtures(t: TestApp, cast: Cast): Promise<AccessFixtures> {
  const author = cast.editor;
  const article = await insertArticle(t, {
    authorId: author.id,
    title: 'Budget 2025',
    body: 'Une phrase avec une erreur dedans. Puis une autre phrase.',
  });
  const readerReport = await t.http
    .post(`/api/articles/${article.slug}/error-reports`)
    .set(cast.reader.auth)
    .set('X-Forwarded-For', '192.0.2.200')
    .send({ quote: 'une autre phrase' });
  if (readerReport.status !== 201) throw new Error(`reader report: ${readerReport.status}`);

  const serviceKey = await t.http
    .post('/api/admin/api-keys')
    .set(cast.admin.auth)
    .send({
      name: 'matrix',
      scopes: ['articles:write', 'error-reports:read', 'error-reports:write', 'moderation:read', 'sso'],
    });
  if (serviceKey.status !== 201) throw new Error(`service key: ${serviceKey.status}`);

  const fixtures: AccessFixtures = {
    t,
    cast,
    serviceKey: serviceKey.body.key,
    article,
    readerReportId: readerReport.body.id,
    async post(options = {}) {
      const post = await insertPost(t, {
        threadId: article.threadId,
        authorId: (options.author ?? cast.reader).id,
        body: `Un avis ${unique()}`,
        status: options.status ?? 'visible',
      });
      return post.id;
    },
    async poll() {
      const response = await t.http
        .post(`/api/articles/${article.slug}/polls`)
        .set(cast.editor.auth)
        .send({
          question: 'Qu’en pensez-vous ?',
          options: ['Oui', 'Non', 'Sans avis'],
          mode: 'single',
          resultsVisibility: 'always',
          allowVoteChange: true,
        });
      if (response.status !== 201) throw new Error(`poll: ${response.status} ${JSON.stringify(response.body)}`);
      return { id: response.body.id, optionIds: response.body.options.map((o: { id: string }) => o.id) };
    },
    async anonymousReport() {
      const response = await t.http
        .post(`/api/articles/${article.slug}/error-reports`)
        .set('X-Forwarded-For', fixtures.ip())
        .send({ quote: 'une phrase' });
      if (response.status !== 201) throw new Error(`report: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body.id;
    },
    async queueItem() {
      const postId = await fixtures.post({ author: cast.otherReader });
      const [row] = await t.db.query(
        `INSERT INTO moderation_items (kind, subject_type, subject_id) VALUES ('flagged', 'post', $1) RETURNING id`,
        [postId],
      );
      return row.id;
    },
    async watchedWord() {
      const [row] = await t.db.query(`INSERT INTO watched_words (pattern, action) VALUES ($1, 'flag') RETURNING id`, [
        `mot${unique()}`,
      ]);
      return row.id;
    },
    async thread(status) {
      const { threadId } = await insertArticle(t, { authorId: author.id });
      await t.db.query(`UPDATE threads SET status = $2 WHERE id = $1`, [threadId, status]);
      return threadId;
    },
    user: (options = {}) => newUser(t, options),
    ip() {
      ipCounter += 1;
      return `203.0.${Math.floor(ipCounter / 250) % 250}.${(ipCounter % 250) + 1}`;
    },
  };
  return fixtures;
}
