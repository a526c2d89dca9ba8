import { randomBytes } from 'node:crypto';
import { startTestApp, type TestApp } from '../support/app.js';
import { newUser, type TestUser } from '../support/factories.js';
import { insertArticle, insertPost } from '../support/sql-fixtures.js';
import { userSearchCondition } from '../../src/modules/admin/admin-users.service.js';

interface Item {
  id: string;
  username: string | null;
  email: string | null;
  displayName: string | null;
  role: string;
  status: string;
  createdAt: string;
  postCount: number;
  flagsReceived: number;
  currentSanction: { status: string; until: string | null; reason: string | null } | null;
  anonymized: boolean;
}

const tag = () => randomBytes(4).toString('hex');

describe('admin: users', () => {
  let t: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    // Many logins from one IP in this file: lift the per-IP limits out of the way.
    t = await startTestApp({ RATE_LIMIT_FACTOR: '100' });
    admin = await newUser(t, { role: 'admin' });
  });
  afterAll(async () => t.close());

  const list = async (query: Record<string, string>, as: TestUser = admin) => {
    const response = await t.http.get('/api/admin/users').query(query).set(as.auth).expect(200);
    return response.body as { items: Item[]; nextCursor: string | null };
  };

  const setIdentity = (user: TestUser, fields: { email?: string; displayName?: string }) =>
    t.db.query(
      `UPDATE users SET email = coalesce($2, email), display_name = coalesce($3, display_name) WHERE id = $1`,
      [user.id, fields.email ?? null, fields.displayName ?? null],
    );

  const login = (login: string, password: string) => t.http.post('/api/auth/login').send({ login, password });

  describe('search', () => {
    it('finds a user by part of the username, ignoring case', async () => {
      const p = `srch${tag()}`;
      const user = await newUser(t, { username: `${p}_Alpha` });
      const { items } = await list({ q: `${p.toUpperCase()}_AL` });
      expect(items.map((i) => i.id)).toEqual([user.id]);
    });

    it('finds a user by part of the email, ignoring case', async () => {
      const p = `mail${tag()}`;
      const user = await newUser(t);
      await setIdentity(user, { email: `${p}.someone@journal.example` });
      const { items } = await list({ q: `${p.toUpperCase()}.SOME` });
      expect(items.map((i) => i.id)).toEqual([user.id]);
    });

    it('finds a user by part of the display name, ignoring case', async () => {
      const p = `Éloïse${tag()}`;
      const user = await newUser(t);
      await setIdentity(user, { displayName: `${p} Martin` });
      const { items } = await list({ q: p.toLowerCase() });
      expect(items.map((i) => i.id)).toEqual([user.id]);
    });

    it('matches anywhere in the username, the display name and the email', async () => {
      const p = tag();
      const byUsername = await newUser(t, { username: `the_reader2${p}_x` });
      const byDisplayName = await newUser(t);
      await setIdentity(byDisplayName, { displayName: `Jeanne reader2${p} Dupont` });
      const byEmail = await newUser(t);
      await setIdentity(byEmail, { email: `jeanne.dupont@reader2${p}.example` });
      await newUser(t, { username: `reader3${p}` });
      const ids = (await list({ q: `READER2${p}` })).items.map((i) => i.id).sort();
      expect(ids).toEqual([byUsername.id, byDisplayName.id, byEmail.id].sort());
      // A whole mail domain, as an admin looking for every @gmail.com would type it.
      expect((await list({ q: `@reader2${p}.example` })).items.map((i) => i.id)).toEqual([byEmail.id]);
    });

    it('is served by trigram indexes on the three fields', async () => {
      const indexes: Array<{ indexdef: string }> = await t.db.query(
        `SELECT indexdef FROM pg_indexes WHERE tablename = 'users' AND indexdef LIKE '%gin_trgm_ops%' ORDER BY indexname`,
      );
      expect(indexes.map((row) => /\(lower\(\(?(\w+)/.exec(row.indexdef)?.[1])).toEqual([
        'display_name',
        'email',
        'username',
      ]);
      const plan = await t.db.transaction(async (manager) => {
        await manager.query('SET LOCAL enable_seqscan = off');
        return manager.query(`EXPLAIN SELECT id FROM users u WHERE ${userSearchCondition(`'%reader2%'`)}`);
      });
      const text = plan.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n');
      expect(text).toMatch(/Bitmap Index Scan on users_username_trgm_idx/);
      expect(text).toMatch(/Bitmap Index Scan on users_email_trgm_idx/);
      expect(text).toMatch(/Bitmap Index Scan on users_display_name_trgm_idx/);
    });

    it('treats LIKE wildcards in q literally', async () => {
      const p = `wild${tag()}`;
      await newUser(t, { username: `${p}abc` });
      expect((await list({ q: `${p}_bc` })).items).toEqual([]);
      expect((await list({ q: `${p}%` })).items).toEqual([]);
      expect((await list({ q: '%' })).items).toEqual([]);
    });
  });

  describe('filters', () => {
    it('filters by role', async () => {
      const p = `role${tag()}`;
      const moderator = await newUser(t, { username: `${p}_m`, role: 'moderator' });
      await newUser(t, { username: `${p}_r` });
      const { items } = await list({ q: p, role: 'moderator' });
      expect(items.map((i) => i.id)).toEqual([moderator.id]);
    });

    it('filters by effective status, with the current sanction', async () => {
      const p = `stat${tag()}`;
      const banned = await newUser(t, { username: `${p}_b`, status: 'banned' });
      const suspended = await newUser(t, { username: `${p}_s`, status: 'suspended' });
      const expired = await newUser(t, {
        username: `${p}_e`,
        status: 'suspended',
        suspendedUntil: new Date(Date.now() - 60_000),
      });
      await newUser(t, { username: `${p}_a` });
      expect((await list({ q: p, status: 'banned' })).items.map((i) => i.id)).toEqual([banned.id]);
      const suspendedItems = (await list({ q: p, status: 'suspended' })).items;
      expect(suspendedItems.map((i) => i.id)).toEqual([suspended.id]);
      expect(suspendedItems[0].currentSanction).toMatchObject({ status: 'suspended', reason: 'test sanction' });
      expect(suspendedItems[0].currentSanction?.until).toEqual(expect.any(String));
      const active = (await list({ q: p, status: 'active' })).items;
      expect(active.map((i) => i.username).sort()).toEqual([`${p}_a`, `${p}_e`]);
      expect(active.every((i) => i.currentSanction === null)).toBe(true);
      expect(active.find((i) => i.id === expired.id)?.status).toBe('active');
    });

    it('refuses bad filters, limits and cursors with 400 naming the field', async () => {
      const cases: Array<[Record<string, string>, string]> = [
        [{ role: 'king' }, 'role'],
        [{ status: 'sleeping' }, 'status'],
        [{ limit: '0' }, 'limit'],
        [{ limit: '101' }, 'limit'],
        [{ cursor: 'garbage' }, 'cursor'],
        [{ cursor: Buffer.from(JSON.stringify(['2020-01-01', 'x'])).toString('base64url') }, 'cursor'],
        [{ nope: '1' }, 'nope'],
      ];
      for (const [query, field] of cases) {
        const response = await t.http.get('/api/admin/users').query(query).set(admin.auth).expect(400);
        expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      }
    });
  });

  describe('pagination', () => {
    it('walks every matching user once, newest first, ties broken by id', async () => {
      const p = `page${tag()}`;
      const base = Date.now() - 86_400_000;
      const sameInstant = new Date(base + 5_000);
      const created: TestUser[] = [];
      for (let i = 0; i < 7; i += 1) {
        created.push(
          await newUser(t, { username: `${p}_${i}`, createdAt: i >= 5 ? sameInstant : new Date(base + i * 1_000) }),
        );
      }
      const seen: Item[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: { items: Item[]; nextCursor: string | null } = await list({
          q: p,
          limit: '2',
          ...(cursor ? { cursor } : {}),
        });
        seen.push(...page.items);
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor && pages < 10);
      expect(pages).toBe(4);
      expect(seen.map((i) => i.id).sort()).toEqual(created.map((u) => u.id).sort());
      const keys = seen.map((i) => `${i.createdAt}|${i.id}`);
      expect([...keys].sort().reverse()).toEqual(keys);
    });
  });

  describe('item', () => {
    it('counts posts and the flags received on them, and shows last seen', async () => {
      const p = `item${tag()}`;
      const author = await newUser(t, { username: `${p}_author` });
      const flaggers = await Promise.all([newUser(t), newUser(t), newUser(t)]);
      const article = await insertArticle(t, { authorId: admin.id });
      const first = await insertPost(t, { threadId: article.threadId, authorId: author.id, body: 'un' });
      const second = await insertPost(t, { threadId: article.threadId, authorId: author.id, body: 'deux' });
      await t.db.query(`UPDATE users SET post_count = 2 WHERE id = $1`, [author.id]);
      for (const flagger of flaggers) {
        await t.db.query(`INSERT INTO post_flags (post_id, user_id, reason) VALUES ($1, $2, 'spam')`, [
          first.id,
          flagger.id,
        ]);
      }
      await t.db.query(`INSERT INTO post_flags (post_id, user_id, reason) VALUES ($1, $2, 'abuse')`, [
        second.id,
        flaggers[0].id,
      ]);
      await t.http.get('/api/me').set(author.auth).expect(200);
      let item: Item | undefined;
      for (let attempt = 0; attempt < 20; attempt += 1) {
        item = (await list({ q: p })).items[0];
        if ((item as unknown as { lastSeenAt: string | null }).lastSeenAt) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(item).toMatchObject({
        id: author.id,
        username: `${p}_author`,
        email: `${p}_author@example.test`,
        role: 'reader',
        status: 'active',
        postCount: 2,
        flagsReceived: 4,
        currentSanction: null,
        anonymized: false,
      });
      expect((item as unknown as { lastSeenAt: string | null }).lastSeenAt).toEqual(expect.any(String));
    });
  });

  describe('roles', () => {
    it('a promotion and a demotion bite on the live token at once', async () => {
      const user = await newUser(t);
      await t.http.get('/api/admin/users').set(user.auth).expect(403);
      await t.http.patch(`/api/admin/users/${user.id}`).set(admin.auth).send({ role: 'admin' }).expect(200);
      await t.http.get('/api/admin/users').set(user.auth).expect(200);
      const demoted = await t.http.patch(`/api/admin/users/${user.id}`).set(admin.auth).send({ role: 'moderator' });
      expect(demoted.status).toBe(200);
      expect(demoted.body.role).toBe('moderator');
      await t.http.get('/api/admin/users').set(user.auth).expect(403);
    });

    it('audits the role change, before → after', async () => {
      const user = await newUser(t);
      await t.http.patch(`/api/admin/users/${user.id}`).set(admin.auth).send({ role: 'editor' }).expect(200);
      const rows = await t.db.query(
        `SELECT actor_id, action, before, after FROM audit_log WHERE target_type = 'user' AND target_id = $1`,
        [user.id],
      );
      expect(rows).toEqual([
        { actor_id: admin.id, action: 'user.role', before: { role: 'reader' }, after: { role: 'editor' } },
      ]);
    });

    it('an admin cannot change their own role (403)', async () => {
      await newUser(t, { role: 'admin' }); // so that admin is not the last one
      const response = await t.http.patch(`/api/admin/users/${admin.id}`).set(admin.auth).send({ role: 'reader' });
      expect(response.status).toBe(403);
      const [row] = await t.db.query(`SELECT role FROM users WHERE id = $1`, [admin.id]);
      expect(row.role).toBe('admin');
    });

    it('refuses an unknown role with 400 naming the field', async () => {
      const user = await newUser(t);
      const response = await t.http
        .patch(`/api/admin/users/${user.id}`)
        .set(admin.auth)
        .send({ role: 'god' })
        .expect(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['role']);
    });
  });

  describe('ban', () => {
    it('a banned user keeps reading but cannot write, log in or refresh; tokens are revoked', async () => {
      const user = await newUser(t);
      const session = await login(user.username, user.password).expect(200);
      const userAuth = { Authorization: `Bearer ${session.body.accessToken}` };
      await t.http.patch('/api/me').set(userAuth).send({ bio: 'avant' }).expect(200);

      const banned = await t.http
        .post(`/api/admin/users/${user.id}/ban`)
        .set(admin.auth)
        .send({ reason: 'Insultes répétées' })
        .expect(200);
      expect(banned.body).toMatchObject({
        status: 'banned',
        currentSanction: { status: 'banned', until: null, reason: 'Insultes répétées' },
      });

      await t.http.patch('/api/me').set(userAuth).send({ bio: 'après' }).expect(403);
      await t.http.get('/api/me').set(userAuth).expect(200);
      await t.http.get(`/api/users/${user.username}`).set(userAuth).expect(200);
      await login(user.username, user.password).expect(403);
      // The ban revoked the session; refreshing says why: the account is banned (as login does).
      const refresh = await t.http
        .post('/api/auth/refresh')
        .send({ refreshToken: session.body.refreshToken })
        .expect(403);
      expect(refresh.body.code).toBe('auth.account_banned');
      const [tokens] = await t.db.query(
        `SELECT count(*)::int AS live FROM refresh_tokens WHERE user_id = $1 AND revoked_at IS NULL`,
        [user.id],
      );
      expect(tokens.live).toBe(0);
      const audit = await t.db.query(`SELECT action, reason, after FROM audit_log WHERE target_id = $1`, [user.id]);
      expect(audit).toEqual([{ action: 'user.ban', reason: 'Insultes répétées', after: { status: 'banned' } }]);
    });

    it('unban restores writing and logging in, and is audited', async () => {
      const user = await newUser(t);
      await t.http.post(`/api/admin/users/${user.id}/ban`).set(admin.auth).send({ reason: 'spam' }).expect(200);
      const unbanned = await t.http
        .post(`/api/admin/users/${user.id}/unban`)
        .set(admin.auth)
        .send({ reason: 'recours accepté' })
        .expect(200);
      expect(unbanned.body).toMatchObject({ status: 'active', currentSanction: null });
      await t.http.patch('/api/me').set(user.auth).send({ bio: 'de retour' }).expect(200);
      await login(user.username, user.password).expect(200);
      const audit = await t.db.query(`SELECT action, reason FROM audit_log WHERE target_id = $1 ORDER BY id`, [
        user.id,
      ]);
      expect(audit).toEqual([
        { action: 'user.ban', reason: 'spam' },
        { action: 'user.unban', reason: 'recours accepté' },
      ]);
    });

    it('requires a reason of at most 500 characters', async () => {
      const user = await newUser(t);
      for (const body of [{}, { reason: '' }, { reason: 'x'.repeat(501) }, { reason: 42 }]) {
        const response = await t.http.post(`/api/admin/users/${user.id}/ban`).set(admin.auth).send(body).expect(400);
        expect(response.body.errors.map((e: { field: string }) => e.field)).toContain('reason');
      }
      await t.http
        .post(`/api/admin/users/${user.id}/ban`)
        .set(admin.auth)
        .send({ reason: 'x'.repeat(500) })
        .expect(200);
    });

    it('an admin cannot ban themself; banning twice or unbanning an active user is a conflict', async () => {
      await t.http.post(`/api/admin/users/${admin.id}/ban`).set(admin.auth).send({ reason: 'oops' }).expect(403);
      const user = await newUser(t);
      await t.http.post(`/api/admin/users/${user.id}/unban`).set(admin.auth).send({ reason: 'x' }).expect(409);
      await t.http.post(`/api/admin/users/${user.id}/ban`).set(admin.auth).send({ reason: 'x' }).expect(200);
      await t.http.post(`/api/admin/users/${user.id}/ban`).set(admin.auth).send({ reason: 'x' }).expect(409);
    });
  });

  describe('anonymize', () => {
    it('erases the account: profile gone, login impossible, posts kept, names free again', async () => {
      const user = await newUser(t);
      const article = await insertArticle(t, { authorId: admin.id });
      const post = await insertPost(t, { threadId: article.threadId, authorId: user.id, body: 'Mon avis' });
      await login(user.username, user.password).expect(200);

      const erased = await t.http.post(`/api/admin/users/${user.id}/anonymize`).set(admin.auth).expect(200);
      expect(erased.body).toMatchObject({
        id: user.id,
        username: null,
        email: null,
        displayName: 'Deleted user',
        anonymized: true,
        currentSanction: null,
      });

      await t.http.get(`/api/users/${user.username}`).expect(404);
      await login(user.username, user.password).expect(401);
      await login(user.email, user.password).expect(401);
      await t.http.get('/api/me').set(user.auth).expect(401);
      const [kept] = await t.db.query(`SELECT author_id, body FROM posts WHERE id = $1`, [post.id]);
      expect(kept).toEqual({ author_id: user.id, body: 'Mon avis' });
      const [row] = await t.db.query(
        `SELECT username, email, display_name, bio, password_hash, anonymized_at FROM users WHERE id = $1`,
        [user.id],
      );
      expect(row).toMatchObject({ username: null, email: null, display_name: null, bio: '', password_hash: null });
      expect(row.anonymized_at).not.toBeNull();

      await t.http
        .post('/api/auth/register')
        .send({ username: user.username, email: user.email, password: 'un autre mot de passe' })
        .expect(201);
    });

    it('writes an audit entry that holds the id and no personal data', async () => {
      const user = await newUser(t);
      await t.db.query(`UPDATE users SET display_name = 'Jeanne Dupont', bio = 'Née à Lyon' WHERE id = $1`, [user.id]);
      await t.http.post(`/api/admin/users/${user.id}/anonymize`).set(admin.auth).expect(200);
      const rows = await t.db.query(`SELECT * FROM audit_log WHERE target_id = $1`, [user.id]);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        action: 'user.anonymize',
        target_type: 'user',
        before: { id: user.id },
        after: { id: user.id },
      });
      const text = JSON.stringify(rows[0]);
      for (const personal of [user.username, user.email, 'Jeanne', 'Dupont', 'Lyon'])
        expect(text).not.toContain(personal);
    });

    it('is listed as erased under the neutral name, in French too; erasing twice is a conflict', async () => {
      const user = await newUser(t);
      await t.http.post(`/api/admin/users/${user.id}/anonymize`).set(admin.auth).expect(200);
      const page = await t.http
        .get('/api/admin/users')
        .query({ status: 'banned', limit: '100' })
        .set(admin.auth)
        .set('Accept-Language', 'fr')
        .expect(200);
      expect(page.body.items.find((i: Item) => i.id === user.id)).toMatchObject({
        anonymized: true,
        username: null,
        email: null,
        displayName: 'Utilisateur supprimé',
      });
      await t.http.post(`/api/admin/users/${user.id}/anonymize`).set(admin.auth).expect(409);
      await t.http.post(`/api/admin/users/${user.id}/unban`).set(admin.auth).send({ reason: 'x' }).expect(409);
    });

    it('an admin cannot erase themself here', async () => {
      await t.http.post(`/api/admin/users/${admin.id}/anonymize`).set(admin.auth).expect(403);
    });
  });
});
