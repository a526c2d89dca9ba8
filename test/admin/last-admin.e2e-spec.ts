import { startTestApp, type TestApp } from '../support/app.js';
import { newUser, type TestUser } from '../support/factories.js';

/**
 * Its own database, where the only admins are the ones these tests create, so
 * that "the last admin" is exactly known.
 */
describe('admin: the last admin', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Every demotion locks all admin rows, so 90 of them run one after another; on a
    // busy CI machine the last ones may wait longer for a pool connection than the
    // default 5 s, which would (rightly) answer 503. This suite is about the
    // invariant under concurrency, not overload, so it allows a longer wait, both for a
    // pool connection and for the row lock (a statement waiting on a lock counts toward
    // statement_timeout: CI once saw the 90-demotion test end in one deliberate 503).
    t = await startTestApp({ DB_CONNECT_TIMEOUT_MS: '30000', DB_STATEMENT_TIMEOUT_MS: '60000' });
  });
  afterAll(async () => t.close());

  const admins = async (): Promise<string[]> =>
    (await t.db.query(`SELECT id FROM users WHERE role = 'admin' AND anonymized_at IS NULL`)).map(
      (row: { id: string }) => row.id,
    );
  const demote = (actor: TestUser, target: TestUser) =>
    t.http.patch(`/api/admin/users/${target.id}`).set(actor.auth).send({ role: 'reader' });

  afterEach(async () => {
    // Leave no admin behind: each test starts from a database without admins.
    await t.db.query(`UPDATE users SET role = 'reader' WHERE role = 'admin'`);
  });

  it('the last admin cannot be demoted (409)', async () => {
    const only = await newUser(t, { role: 'admin' });
    const response = await demote(only, only);
    expect(response.status).toBe(409);
    expect(response.headers['content-type']).toMatch(/problem\+json/);
    expect(await admins()).toEqual([only.id]);
  });

  it('with another admin, an admin still cannot demote themself (403)', async () => {
    const a = await newUser(t, { role: 'admin' });
    await newUser(t, { role: 'admin' });
    expect((await demote(a, a)).status).toBe(403);
  });

  it('two admins demoting each other at once: exactly one succeeds', async () => {
    for (let round = 0; round < 5; round += 1) {
      const a = await newUser(t, { role: 'admin' });
      const b = await newUser(t, { role: 'admin' });
      const statuses = (await Promise.all([demote(a, b), demote(b, a)])).map((r) => r.status).sort();
      expect(statuses).toEqual([200, 403]);
      const remaining = await admins();
      expect(remaining).toHaveLength(1);
      expect([a.id, b.id]).toContain(remaining[0]);
      await t.db.query(`UPDATE users SET role = 'reader' WHERE role = 'admin'`);
    }
  });

  it('ten admins all demoting each other at once (90 requests): exactly one admin remains', async () => {
    const team: TestUser[] = [];
    for (let i = 0; i < 10; i += 1) team.push(await newUser(t, { role: 'admin' }));
    const requests = team.flatMap((actor) =>
      team.filter((target) => target !== actor).map((target) => demote(actor, target)),
    );
    const responses = await Promise.all(requests);
    expect(responses.filter((r) => r.status >= 500).map((r) => `${r.status} ${r.text}`)).toEqual([]);
    // How many answers are 200 depends on the order the requests are served in: an
    // admin who is still an admin gets 200 for a target already demoted by someone
    // else (PATCH to the role it has is a no-op). What does not depend on the order:
    // one admin remains, each of the others was demoted exactly once (one audit
    // entry each, none for the survivor), every answer is 200 or 403, and all nine
    // requests of the survivor succeeded.
    const remaining = await admins();
    expect(remaining).toHaveLength(1);
    const survivor = remaining[0];
    expect(responses.filter((r) => r.status !== 200 && r.status !== 403).map((r) => r.status)).toEqual([]);
    const audited: Array<{ target_id: string }> = await t.db.query(
      `SELECT target_id FROM audit_log WHERE action = 'user.role' AND target_id = ANY($1)`,
      [team.map((u) => u.id)],
    );
    expect(audited.map((row) => row.target_id).sort()).toEqual(
      team
        .map((u) => u.id)
        .filter((id) => id !== survivor)
        .sort(),
    );
    const survivorIndex = team.findIndex((u) => u.id === survivor);
    const survivorAnswers = responses.slice(survivorIndex * 9, survivorIndex * 9 + 9).map((r) => r.status);
    expect(survivorAnswers).toEqual(Array(9).fill(200));
  });

  it('two admins banning each other at once: exactly one succeeds', async () => {
    const a = await newUser(t, { role: 'admin' });
    const b = await newUser(t, { role: 'admin' });
    const ban = (actor: TestUser, target: TestUser) =>
      t.http.post(`/api/admin/users/${target.id}/ban`).set(actor.auth).send({ reason: 'coup' });
    const statuses = (await Promise.all([ban(a, b), ban(b, a)])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 403]);
    const [row] = await t.db.query(`SELECT count(*)::int AS n FROM users WHERE id = ANY($1) AND status = 'active'`, [
      [a.id, b.id],
    ]);
    expect(row.n).toBe(1);
  });
});
