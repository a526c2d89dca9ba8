import { startTestApp, type TestApp } from '../support/app.js';
import { newUser, type TestUser } from '../support/factories.js';
import { insertArticle } from '../support/sql-fixtures.js';

/**
 * The scopes `error-reports:read`, `error-reports:write` and `moderation:read`
 * open their routes to a newsroom system's key: with the scope 200, with a key
 * holding every other scope 403, with the scope but revoked 401.
 */
describe('service API key scopes on error reports and moderation', () => {
  let t: TestApp;
  let admin: TestUser;
  let article: { slug: string };
  const QUOTES = ['Le pont mesure 300 mètres.', 'La digue, 40 mètres.', 'Le tunnel, 2 kilomètres.'];
  const ALL = ['articles:write', 'error-reports:read', 'error-reports:write', 'moderation:read', 'sso'];

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_FACTOR: '1000' });
    admin = await newUser(t, { role: 'admin' });
    article = await insertArticle(t, { authorId: admin.id, body: QUOTES.join(' ') });
  });
  afterAll(async () => t.close());

  const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });
  const createKey = async (scopes: string[]) => {
    const response = await t.http.post('/api/admin/api-keys').set(admin.auth).send({ name: 'Rédaction', scopes });
    expect(response.status).toBe(201);
    return response.body as { id: string; key: string };
  };
  /** A key with the scope, one with every scope but it, and a revoked one with it. */
  const keysFor = async (scope: string) => {
    const holder = await createKey([scope]);
    const other = await createKey(ALL.filter((candidate) => candidate !== scope));
    const revoked = await createKey([scope]);
    expect((await t.http.delete(`/api/admin/api-keys/${revoked.id}`).set(admin.auth)).status).toBe(204);
    return { holder, other, revoked };
  };
  let reportCount = 0;
  const newReport = async () => {
    reportCount += 1;
    const response = await t.http
      .post(`/api/articles/${article.slug}/error-reports`)
      .send({ quote: QUOTES[reportCount - 1], email: `lecteur${reportCount}@example.org` });
    expect(response.status).toBe(201);
    return response.body.id as string;
  };

  it('error-reports:read lists and reads reports (with the contact staff see); other keys 403, revoked 401', async () => {
    const { holder, other, revoked } = await keysFor('error-reports:read');
    const id = await newReport();

    const list = await t.http.get('/api/error-reports').set(bearer(holder.key));
    expect(list.status).toBe(200);
    expect(list.body.items.find((item: { id: string }) => item.id === id)).toEqual(
      expect.objectContaining({ id, status: 'open', reporterEmail: `lecteur${reportCount}@example.org` }),
    );
    const one = await t.http.get(`/api/error-reports/${id}`).set(bearer(holder.key));
    expect(one.status).toBe(200);
    expect(one.body).toEqual(expect.objectContaining({ id, status: 'open', reporterEmail: expect.any(String) }));

    let refused = 0;
    for (const path of ['/api/error-reports', `/api/error-reports/${id}`]) {
      const withoutScope = await t.http.get(path).set(bearer(other.key));
      expect({ path, status: withoutScope.status, code: withoutScope.body.code }).toEqual({
        path,
        status: 403,
        code: 'auth.api_key_scope_required',
      });
      const afterRevoke = await t.http.get(path).set(bearer(revoked.key));
      expect({ path, status: afterRevoke.status, code: afterRevoke.body.code }).toEqual({
        path,
        status: 401,
        code: 'auth.invalid_api_key',
      });
      refused += 1;
    }
    expect(refused).toBe(2);
    // The read scope does not write.
    const write = await t.http.patch(`/api/error-reports/${id}`).set(bearer(holder.key)).send({ status: 'accepted' });
    expect(write.status).toBe(403);
  });

  it('error-reports:write moves a report, audited as the key (actor_role service); other keys 403, revoked 401', async () => {
    const { holder, other, revoked } = await keysFor('error-reports:write');
    const id = await newReport();

    const withoutScope = await t.http
      .patch(`/api/error-reports/${id}`)
      .set(bearer(other.key))
      .send({ status: 'fixed' });
    expect(withoutScope.status).toBe(403);
    expect(withoutScope.body.code).toBe('auth.api_key_scope_required');
    const afterRevoke = await t.http
      .patch(`/api/error-reports/${id}`)
      .set(bearer(revoked.key))
      .send({ status: 'fixed' });
    expect(afterRevoke.status).toBe(401);

    const fixed = await t.http
      .patch(`/api/error-reports/${id}`)
      .set(bearer(holder.key))
      .send({ status: 'fixed', note: 'Corrigé par le CMS.', correctionNote: 'Le pont mesure 320 mètres.' });
    expect(fixed.status).toBe(200);
    expect(fixed.body.status).toBe('fixed');
    expect(fixed.body.history.at(-1)).toEqual(
      expect.objectContaining({ fromStatus: 'open', toStatus: 'fixed', actor: null }),
    );

    const audit = await t.db.query(
      `SELECT actor_id, actor_role, action FROM audit_log WHERE target_type = 'error_report' AND target_id = $1`,
      [id],
    );
    expect(audit).toEqual([{ actor_id: holder.id, actor_role: 'service', action: 'error_report.fixed' }]);
    const queue = await t.db.query(
      `SELECT status, resolution, resolved_by_id FROM moderation_items WHERE subject_type = 'error_report' AND subject_id = $1`,
      [id],
    );
    expect(queue).toEqual([{ status: 'resolved', resolution: 'fixed', resolved_by_id: null }]);
  });

  it('moderation:read reads the queue, its counts and the audit log; other keys 403, revoked 401', async () => {
    const { holder, other, revoked } = await keysFor('moderation:read');
    const id = await newReport();

    const queue = await t.http.get('/api/moderation/queue?kind=error_report').set(bearer(holder.key));
    expect(queue.status).toBe(200);
    expect(queue.body.items.map((item: { subject: { report: { id: string } } }) => item.subject.report.id)).toContain(
      id,
    );
    const counts = await t.http.get('/api/moderation/queue/counts').set(bearer(holder.key));
    expect(counts.status).toBe(200);
    expect(counts.body.error_report).toBeGreaterThanOrEqual(1);
    expect(counts.body.ownAppeals).toBe(0); // A key takes no moderation decision.
    const log = await t.http.get('/api/moderation/log').set(bearer(holder.key));
    expect(log.status).toBe(200);
    expect(log.body.items.length).toBeGreaterThan(0);

    const paths = ['/api/moderation/queue', '/api/moderation/queue/counts', '/api/moderation/log'];
    let refused = 0;
    for (const path of paths) {
      const withoutScope = await t.http.get(path).set(bearer(other.key));
      const afterRevoke = await t.http.get(path).set(bearer(revoked.key));
      expect({ path, statuses: [withoutScope.status, afterRevoke.status] }).toEqual({ path, statuses: [403, 401] });
      refused += 1;
    }
    expect(refused).toBe(paths.length);
    // Reading is all the scope gives: acting on the queue stays a moderator's.
    const claim = await t.http.post(`/api/moderation/queue/${queue.body.items[0].id}/claim`).set(bearer(holder.key));
    expect(claim.status).toBe(403);
  });
});
