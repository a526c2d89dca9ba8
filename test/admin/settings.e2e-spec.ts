import { startTestApp, type TestApp } from '../support/app.js';
import { newUser, type TestUser } from '../support/factories.js';
import { SettingsService } from '../../src/platform/settings/settings.service.js';

describe('admin: live settings', () => {
  let t: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    t = await startTestApp({ FLAG_HIDE_THRESHOLD: '7', RATE_LIMIT_FORGOT_PER_HOUR: '50' });
    admin = await newUser(t, { role: 'admin' });
  });
  afterAll(async () => t.close());

  const patch = (body: unknown) =>
    t.http
      .patch('/api/admin/settings')
      .set(admin.auth)
      .send(body as object);
  const waitFor = async (condition: () => boolean | Promise<boolean>, ms = 5_000) => {
    const deadline = Date.now() + ms;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error('condition not met in time');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };

  it('GET returns the effective values: environment defaults when nothing is stored', async () => {
    const response = await t.http.get('/api/admin/settings').set(admin.auth).expect(200);
    expect(response.body).toEqual({
      flagHideThreshold: 7,
      premoderateFirstPosts: 0,
      editWindowMinutes: 0,
      requireStaffTwoFactor: false,
      rateLimits: {
        loginPerMinute: 10,
        registerPerHour: 10,
        forgotPerHour: 50,
        postsPerMinute: 10,
        flagsPerHour: 30,
        votesPerMinute: 60,
        errorReportsPerHour: 10,
        searchPerMinute: 60,
        dsaNoticesPerHour: 10,
        verifyEmailPerHour: 5,
      },
    });
  });

  it('refuses a bad value or an unknown key with 400 naming the field', async () => {
    const cases: Array<[unknown, string]> = [
      [{ flagHideThreshold: 0 }, 'flagHideThreshold'],
      [{ flagHideThreshold: 101 }, 'flagHideThreshold'],
      [{ flagHideThreshold: 2.5 }, 'flagHideThreshold'],
      [{ flagHideThreshold: '5' }, 'flagHideThreshold'],
      [{ flagHideThreshold: null }, 'flagHideThreshold'],
      [{ premoderateFirstPosts: -1 }, 'premoderateFirstPosts'],
      [{ premoderateFirstPosts: 1001 }, 'premoderateFirstPosts'],
      [{ editWindowMinutes: 525601 }, 'editWindowMinutes'],
      [{ requireStaffTwoFactor: 'true' }, 'requireStaffTwoFactor'],
      [{ requireStaffTwoFactor: 1 }, 'requireStaffTwoFactor'],
      [{ rateLimits: { registerPerHour: 0 } }, 'rateLimits.registerPerHour'],
      [{ rateLimits: { votesPerMinute: 100001 } }, 'rateLimits.votesPerMinute'],
      [{ rateLimits: { nope: 3 } }, 'rateLimits.nope'],
      [{ rateLimits: 5 }, 'rateLimits'],
      [{ somethingElse: 1 }, 'somethingElse'],
    ];
    for (const [body, field] of cases) {
      const response = await patch(body);
      expect({ body, status: response.status }).toEqual({ body, status: 400 });
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const [stored] = await t.db.query(`SELECT count(*)::int AS n FROM settings`);
    expect(stored.n).toBe(0);
  });

  it('PATCH stores a subset (rateLimits partially), GET shows it, the audit has before → after', async () => {
    const response = await patch({
      flagHideThreshold: 4,
      editWindowMinutes: 15,
      rateLimits: { flagsPerHour: 5 },
    }).expect(200);
    expect(response.body).toMatchObject({ flagHideThreshold: 4, editWindowMinutes: 15, premoderateFirstPosts: 0 });
    expect(response.body.rateLimits).toMatchObject({ flagsPerHour: 5, votesPerMinute: 60 });
    await patch({ rateLimits: { votesPerMinute: 120 } }).expect(200);

    const got = await t.http.get('/api/admin/settings').set(admin.auth).expect(200);
    expect(got.body).toMatchObject({ flagHideThreshold: 4, editWindowMinutes: 15 });
    expect(got.body.rateLimits).toMatchObject({ flagsPerHour: 5, votesPerMinute: 120, loginPerMinute: 10 });

    const stored = await t.db.query(`SELECT key, value, updated_by_id FROM settings ORDER BY key`);
    expect(stored).toEqual([
      { key: 'editWindowMinutes', value: 15, updated_by_id: admin.id },
      { key: 'flagHideThreshold', value: 4, updated_by_id: admin.id },
      { key: 'rateLimits', value: { flagsPerHour: 5, votesPerMinute: 120 }, updated_by_id: admin.id },
    ]);
    const audit = await t.db.query(
      `SELECT actor_id, before, after FROM audit_log WHERE action = 'settings.update' ORDER BY id`,
    );
    expect(audit).toEqual([
      {
        actor_id: admin.id,
        before: { flagHideThreshold: 7, editWindowMinutes: 0, rateLimits: { flagsPerHour: 30 } },
        after: { flagHideThreshold: 4, editWindowMinutes: 15, rateLimits: { flagsPerHour: 5 } },
      },
      {
        actor_id: admin.id,
        before: { rateLimits: { votesPerMinute: 60 } },
        after: { rateLimits: { votesPerMinute: 120 } },
      },
    ]);
    expect(await t.app.get(SettingsService).get()).toMatchObject({ flagHideThreshold: 4 });
  });

  it('a new rate limit is effective at once: registerPerHour=1, the second registration is 429 with Retry-After', async () => {
    await patch({ rateLimits: { registerPerHour: 1 } }).expect(200);
    const register = (name: string) =>
      t.http
        .post('/api/auth/register')
        .send({ username: name, email: `${name}@example.test`, password: 'un mot de passe solide' });
    await register('premier_inscrit').expect(201);
    const second = await register('second_inscrit');
    expect(second.status).toBe(429);
    expect(Number(second.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('a change announced by another instance (NOTIFY) drops this instance’s cache at once', async () => {
    const settings = t.app.get(SettingsService);
    await waitFor(() => settings.isListening());
    const forgot = () => t.http.post('/api/auth/password/forgot').send({ email: 'personne@example.test' });
    await forgot().expect(202); // one hit, under forgotPerHour = 50
    await settings.get(); // the cache now holds forgotPerHour = 50 for one second
    const warmedAt = Date.now();
    await t.db.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO settings (key, value) VALUES ('rateLimits', '{"forgotPerHour": 1}')
         ON CONFLICT (key) DO UPDATE SET value = settings.value || EXCLUDED.value`,
      );
      await manager.query(`SELECT pg_notify('tribune_settings', '')`);
    });
    await waitFor(async () => (await settings.get()).rateLimits.forgotPerHour === 1, 1_000);
    // Seen well before the cache would have expired by itself: the notification dropped it.
    expect(Date.now() - warmedAt).toBeLessThan(800);
    await forgot().expect(429);
  });

  it('the LISTEN connection comes back after being killed', async () => {
    const settings = t.app.get(SettingsService);
    await waitFor(() => settings.isListening());
    const [killed] = await t.db.query(
      `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity
        WHERE application_name = 'tribune-settings-listener' AND datname = current_database()`,
    );
    expect(killed.n).toBe(1);
    await waitFor(() => !settings.isListening(), 2_000);
    await waitFor(() => settings.isListening(), 5_000);
    await settings.get();
    await t.db.query(
      `INSERT INTO settings (key, value) VALUES ('premoderateFirstPosts', '3')
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
    );
    await t.db.query(`SELECT pg_notify('tribune_settings', '')`);
    await waitFor(async () => (await settings.get()).premoderateFirstPosts === 3, 1_000);
  });
});
