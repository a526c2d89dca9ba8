import { startTestApp, type TestApp } from '../support/app.js';
import { newUser, type TestUser } from '../support/factories.js';
import { addPost, listenToThreadEvents, newThreadWithPost, openItems, postRow, sleep } from './support.js';

describe('moderation: actions, claims, sanctions, audit log', () => {
  let t: TestApp;
  let author: TestUser;
  let moderator: TestUser;
  let otherModerator: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_FLAGS_PER_HOUR: '1000' });
    [author, moderator, otherModerator, admin] = await Promise.all([
      newUser(t),
      newUser(t, { role: 'moderator' }),
      newUser(t, { role: 'moderator' }),
      newUser(t, { role: 'admin' }),
    ]);
  });
  afterAll(async () => t.close());

  const act = (user: TestUser, postId: string, action: string, body: Record<string, unknown> = {}) =>
    t.http.post(`/api/moderation/posts/${postId}/${action}`).set(user.auth).send(body);

  async function pendingPostWithItem(): Promise<{ postId: string; threadId: string; itemId: string }> {
    const { postId, threadId } = await newThreadWithPost(t, author, { status: 'pending' });
    const [item] = await t.db.query(
      `INSERT INTO moderation_items (kind, subject_type, subject_id, reasons) VALUES ('pending', 'post', $1, '{"newAccount":true}') RETURNING id`,
      [postId],
    );
    return { postId, threadId, itemId: item.id };
  }

  async function notificationsOf(user: TestUser, kind: string): Promise<Array<{ data: Record<string, unknown> }>> {
    return t.db.query(`SELECT data FROM notifications WHERE user_id = $1 AND kind = $2 ORDER BY created_at`, [
      user.id,
      kind,
    ]);
  }

  it('approve: a pending post becomes visible, its item resolved, one audit entry, the author notified', async () => {
    const { postId, itemId } = await pendingPostWithItem();
    const response = await act(moderator, postId, 'approve', { reason: 'Conforme' }).expect(200);
    expect(response.body).toMatchObject({
      post: { id: postId, status: 'visible' },
      item: { id: itemId, resolution: 'approved' },
    });
    const [item] = await t.db.query(
      `SELECT status, resolution, resolved_by_id, resolved_at, version FROM moderation_items WHERE id = $1`,
      [itemId],
    );
    expect(item).toMatchObject({
      status: 'resolved',
      resolution: 'approved',
      resolved_by_id: moderator.id,
      version: 2,
    });
    expect(item.resolved_at).not.toBeNull();
    const audit = await t.db.query(`SELECT actor_id, action, before, after FROM audit_log WHERE target_id = $1`, [
      postId,
    ]);
    expect(audit).toEqual([
      {
        actor_id: moderator.id,
        action: 'post.approve',
        before: expect.objectContaining({ status: 'pending' }),
        after: expect.objectContaining({ status: 'visible' }),
      },
    ]);
    const events = await t.db.query(`SELECT action, actor_id FROM moderation_item_events WHERE item_id = $1`, [itemId]);
    expect(events).toEqual([{ action: 'approve', actor_id: moderator.id }]);
    const notes = await notificationsOf(author, 'post.moderated');
    expect(notes.at(-1)?.data).toMatchObject({ postId, action: 'approve', reason: 'Conforme' });
  });

  it('reject: a pending post becomes hidden; rejecting a visible post is a 409', async () => {
    const { postId } = await pendingPostWithItem();
    await act(moderator, postId, 'reject').expect(200);
    expect((await postRow(t, postId)).status).toBe('hidden');
    const { postId: visible } = await newThreadWithPost(t, author);
    const conflict = await act(moderator, visible, 'reject').expect(409);
    expect(conflict.body.code).toBe('moderation.invalid_transition');
  });

  it('approve on a flagged (auto-hidden) post dismisses the flags, restores it, and tells the flaggers', async () => {
    const { postId, threadId } = await newThreadWithPost(t, author);
    const flaggers = await Promise.all([newUser(t), newUser(t), newUser(t)]);
    for (const user of flaggers)
      await t.http.post(`/api/posts/${postId}/flags`).set(user.auth).send({ reason: 'spam' }).expect(201);
    expect((await postRow(t, postId)).status).toBe('hidden');
    const listener = await listenToThreadEvents(t);
    try {
      await act(moderator, postId, 'approve').expect(200);
      await sleep(300);
      expect(listener.events).toEqual([
        expect.objectContaining({
          threadId,
          type: 'post.updated',
          data: expect.objectContaining({ postId, status: 'visible' }),
        }),
      ]);
    } finally {
      await listener.close();
    }
    expect(await postRow(t, postId)).toMatchObject({ status: 'visible', flag_count: 0, moderation_reason: null });
    const outcomes = await t.db.query(`SELECT DISTINCT outcome FROM post_flags WHERE post_id = $1`, [postId]);
    expect(outcomes).toEqual([{ outcome: 'dismissed' }]);
    for (const user of flaggers)
      expect((await notificationsOf(user, 'flag.outcome')).at(-1)?.data).toMatchObject({
        postId,
        outcome: 'dismissed',
      });
  });

  it('hide needs a reason (400), hides with it, publishes post.hidden; flags are agreed; restore brings it back', async () => {
    const { postId, threadId } = await newThreadWithPost(t, author);
    const flagger = await newUser(t);
    await t.http.post(`/api/posts/${postId}/flags`).set(flagger.auth).send({ reason: 'abuse' }).expect(201);
    const missing = await act(moderator, postId, 'hide').expect(400);
    expect(
      missing.body.errors
        .map((e: { field: string }) => e.field)
        .filter((f: string, i: number, all: string[]) => all.indexOf(f) === i),
    ).toEqual(['reason']);
    await act(moderator, postId, 'hide', { reason: 'x'.repeat(501) }).expect(400);

    const listener = await listenToThreadEvents(t);
    try {
      await act(moderator, postId, 'hide', { reason: 'Propos injurieux' }).expect(200);
      await sleep(300);
      expect(listener.events).toEqual([expect.objectContaining({ threadId, type: 'post.hidden' })]);
    } finally {
      await listener.close();
    }
    expect(await postRow(t, postId)).toMatchObject({ status: 'hidden', moderation_reason: 'Propos injurieux' });
    expect((await notificationsOf(flagger, 'flag.outcome')).at(-1)?.data).toMatchObject({ postId, outcome: 'agreed' });
    expect((await notificationsOf(author, 'post.moderated')).at(-1)?.data).toMatchObject({
      postId,
      action: 'hide',
      reason: 'Propos injurieux',
    });
    await act(moderator, postId, 'hide', { reason: 'encore' }).expect(409);

    await act(moderator, postId, 'restore', { reason: 'Après réexamen' }).expect(200);
    expect(await postRow(t, postId)).toMatchObject({ status: 'visible', moderation_reason: null });
    await act(moderator, postId, 'restore', { reason: 'encore' }).expect(409);
  });

  it('two moderators racing to hide one visible post: exactly one 200, the other 409', async () => {
    const { postId } = await newThreadWithPost(t, author);
    const responses = await Promise.all([
      act(moderator, postId, 'hide', { reason: 'a' }),
      act(otherModerator, postId, 'hide', { reason: 'b' }),
    ]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it('two moderators racing to approve one pending post: exactly one 200, the other 409', async () => {
    for (let round = 0; round < 5; round++) {
      const { postId, itemId } = await pendingPostWithItem();
      const responses = await Promise.all([act(moderator, postId, 'approve'), act(otherModerator, postId, 'approve')]);
      expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
      const audit = await t.db.query(`SELECT count(*)::int AS count FROM audit_log WHERE target_id = $1`, [postId]);
      expect(audit[0].count).toBe(1);
      const [item] = await t.db.query(`SELECT version FROM moderation_items WHERE id = $1`, [itemId]);
      expect(item.version).toBe(2);
    }
  });

  it('moderators racing with conflicting decisions on one pending item (approve vs reject): exactly one wins', async () => {
    const { postId } = await pendingPostWithItem();
    const responses = await Promise.all([
      act(moderator, postId, 'approve'),
      act(otherModerator, postId, 'reject'),
      act(admin, postId, 'reject'),
    ]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const audit = await t.db.query(`SELECT count(*)::int AS count FROM audit_log WHERE target_id = $1`, [postId]);
    expect(audit[0].count).toBe(1);
  });

  it('claims: two moderators claiming at once, one 200 one 409; the other cannot act; the claim can be released', async () => {
    const { postId, itemId } = await pendingPostWithItem();
    const claims = await Promise.all([
      t.http.post(`/api/moderation/queue/${itemId}/claim`).set(moderator.auth),
      t.http.post(`/api/moderation/queue/${itemId}/claim`).set(otherModerator.auth),
    ]);
    expect(claims.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = claims[0].status === 200 ? moderator : otherModerator;
    const loser = winner === moderator ? otherModerator : moderator;
    const blocked = await act(loser, postId, 'approve').expect(409);
    expect(blocked.body.code).toBe('moderation.item_claimed');
    await t.http.delete(`/api/moderation/queue/${itemId}/claim`).set(loser.auth).expect(409);
    // Re-claiming one's own item is fine.
    await t.http.post(`/api/moderation/queue/${itemId}/claim`).set(winner.auth).expect(200);
    await t.http.delete(`/api/moderation/queue/${itemId}/claim`).set(winner.auth).expect(204);
    await act(loser, postId, 'approve').expect(200);
    await t.http.post(`/api/moderation/queue/${itemId}/claim`).set(winner.auth).expect(409);
    await t.http.post('/api/moderation/queue/00000000-0000-4000-8000-000000000000/claim').set(winner.auth).expect(404);
  });

  it('a claim older than 15 minutes no longer binds', async () => {
    const { postId, itemId } = await pendingPostWithItem();
    await t.http.post(`/api/moderation/queue/${itemId}/claim`).set(moderator.auth).expect(200);
    await t.db.query(`UPDATE moderation_items SET claimed_at = now() - interval '16 minutes' WHERE id = $1`, [itemId]);
    await t.http.post(`/api/moderation/queue/${itemId}/claim`).set(otherModerator.auth).expect(200);
    await t.db.query(`UPDATE moderation_items SET claimed_at = now() - interval '16 minutes' WHERE id = $1`, [itemId]);
    await act(moderator, postId, 'approve').expect(200);
  });

  it('lock publishes thread.locked; locking twice is a 409; unlock reopens', async () => {
    const { threadId } = await newThreadWithPost(t, author);
    const listener = await listenToThreadEvents(t);
    try {
      const locked = await t.http
        .post(`/api/moderation/threads/${threadId}/lock`)
        .set(moderator.auth)
        .send({ reason: 'Débat clos' })
        .expect(200);
      expect(locked.body).toEqual({ id: threadId, status: 'locked' });
      await sleep(300);
      expect(listener.events).toEqual([expect.objectContaining({ threadId, type: 'thread.locked' })]);
    } finally {
      await listener.close();
    }
    await t.http.post(`/api/moderation/threads/${threadId}/lock`).set(moderator.auth).send({}).expect(409);
    await t.http.post(`/api/moderation/threads/${threadId}/unlock`).set(admin.auth).send({}).expect(200);
    await t.http.post(`/api/moderation/threads/${threadId}/unlock`).set(admin.auth).send({}).expect(409);
    await t.http
      .post('/api/moderation/threads/00000000-0000-4000-8000-000000000000/lock')
      .set(admin.auth)
      .send({})
      .expect(404);
    const audit = await t.db.query(`SELECT action, reason FROM audit_log WHERE target_id = $1 ORDER BY id`, [threadId]);
    expect(audit).toEqual([
      { action: 'thread.lock', reason: 'Débat clos' },
      { action: 'thread.unlock', reason: null },
    ]);
  });

  describe('suspensions', () => {
    const until = () => new Date(Date.now() + 3 * 86_400_000).toISOString();
    const suspend = (
      actor: TestUser,
      target: TestUser,
      body: Record<string, unknown> = { until: until(), reason: 'Insultes répétées' },
    ) => t.http.post(`/api/moderation/users/${target.id}/suspend`).set(actor.auth).send(body);

    it('a moderator suspends readers and editors, never moderators or admins (403)', async () => {
      const [reader, editor, peer, boss] = await Promise.all([
        newUser(t),
        newUser(t, { role: 'editor' }),
        newUser(t, { role: 'moderator' }),
        newUser(t, { role: 'admin' }),
      ]);
      await suspend(moderator, reader).expect(200);
      await suspend(moderator, editor).expect(200);
      const denied = await suspend(moderator, peer).expect(403);
      expect(denied.body.code).toBe('moderation.cannot_act_on_staff');
      await suspend(moderator, boss).expect(403);
      await t.http.post(`/api/moderation/users/${peer.id}/unsuspend`).set(moderator.auth).send({}).expect(403);
    });

    it('an admin suspends a moderator but not themselves (403)', async () => {
      const peer = await newUser(t, { role: 'moderator' });
      await suspend(admin, peer).expect(200);
      const self = await suspend(admin, admin).expect(403);
      expect(self.body.code).toBe('moderation.cannot_act_on_self');
    });

    it('until must be a future ISO time; reason is required', async () => {
      const reader = await newUser(t);
      const past = await suspend(moderator, reader, { until: '2001-01-01T00:00:00Z', reason: 'x' }).expect(400);
      expect(
        past.body.errors
          .map((e: { field: string }) => e.field)
          .filter((f: string, i: number, all: string[]) => all.indexOf(f) === i),
      ).toEqual(['until']);
      const garbage = await suspend(moderator, reader, { until: 'demain', reason: 'x' }).expect(400);
      expect(
        garbage.body.errors
          .map((e: { field: string }) => e.field)
          .filter((f: string, i: number, all: string[]) => all.indexOf(f) === i),
      ).toEqual(['until']);
      const noReason = await suspend(moderator, reader, { until: until() }).expect(400);
      expect(
        noReason.body.errors
          .map((e: { field: string }) => e.field)
          .filter((f: string, i: number, all: string[]) => all.indexOf(f) === i),
      ).toEqual(['reason']);
      await t.http
        .post('/api/moderation/users/00000000-0000-4000-8000-000000000000/suspend')
        .set(moderator.auth)
        .send({ until: until(), reason: 'x' })
        .expect(404);
    });

    it('a suspended user’s live token is refused writes at once, still reads, and works again after unsuspend', async () => {
      const reader = await newUser(t);
      const { postId } = await newThreadWithPost(t, author);
      await suspend(moderator, reader).expect(200);
      const refused = await t.http
        .post(`/api/posts/${postId}/flags`)
        .set(reader.auth)
        .send({ reason: 'spam' })
        .expect(403);
      expect(refused.body.code).toBe('auth.account_suspended');
      await t.http.get('/api/me').set(reader.auth).expect(200);
      await t.http
        .post(`/api/moderation/users/${reader.id}/unsuspend`)
        .set(moderator.auth)
        .send({ reason: 'Levée' })
        .expect(200);
      await t.http.post(`/api/moderation/users/${reader.id}/unsuspend`).set(moderator.auth).send({}).expect(409);
      await t.http.post(`/api/posts/${postId}/flags`).set(reader.auth).send({ reason: 'spam' }).expect(201);
      const audit = await t.db.query(`SELECT action, before, after FROM audit_log WHERE target_id = $1 ORDER BY id`, [
        reader.id,
      ]);
      expect(audit.map((a: { action: string }) => a.action)).toEqual(['user.suspend', 'user.unsuspend']);
      expect(audit[0].before).toMatchObject({ status: 'active' });
      expect(audit[0].after).toMatchObject({ status: 'suspended' });
    });

    it('a banned account cannot be suspended (409)', async () => {
      const banned = await newUser(t, { status: 'banned' });
      await suspend(admin, banned).expect(409);
    });
  });

  describe('audit log', () => {
    it('is append-only: UPDATE, DELETE and TRUNCATE issued directly in SQL are refused by the database', async () => {
      await act(moderator, (await pendingPostWithItem()).postId, 'approve').expect(200);
      await expect(t.db.query(`UPDATE audit_log SET reason = 'forged'`)).rejects.toThrow(/append-only/);
      await expect(t.db.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
      await expect(t.db.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
      const [{ forged }] = await t.db.query(`SELECT count(*)::int AS forged FROM audit_log WHERE reason = 'forged'`);
      expect(forged).toBe(0);
    });

    it('lists entries newest first, filtered, keyset-paginated, ids as strings', async () => {
      const target = await newUser(t);
      await t.http
        .post(`/api/moderation/users/${target.id}/suspend`)
        .set(otherModerator.auth)
        .send({ until: new Date(Date.now() + 86_400_000).toISOString(), reason: 'un' })
        .expect(200);
      await t.http
        .post(`/api/moderation/users/${target.id}/unsuspend`)
        .set(otherModerator.auth)
        .send({ reason: 'deux' })
        .expect(200);
      await t.http
        .post(`/api/moderation/users/${target.id}/suspend`)
        .set(otherModerator.auth)
        .send({ until: new Date(Date.now() + 86_400_000).toISOString(), reason: 'trois' })
        .expect(200);

      const first = await t.http
        .get(`/api/moderation/log?targetType=user&targetId=${target.id}&limit=2`)
        .set(admin.auth)
        .expect(200);
      expect(first.body.items.map((e: { reason: string }) => e.reason)).toEqual(['trois', 'deux']);
      expect(first.body.items[0]).toMatchObject({
        id: expect.stringMatching(/^\d+$/),
        actor: { id: otherModerator.id, username: otherModerator.username },
        actorRole: 'moderator',
        action: 'user.suspend',
        targetType: 'user',
        targetId: target.id,
        before: { status: 'active' },
        after: { status: 'suspended' },
      });
      const second = await t.http
        .get(`/api/moderation/log?targetType=user&targetId=${target.id}&limit=2&cursor=${first.body.nextCursor}`)
        .set(admin.auth)
        .expect(200);
      expect(second.body.items.map((e: { reason: string }) => e.reason)).toEqual(['un']);
      expect(second.body.nextCursor).toBeNull();

      const byAction = await t.http
        .get(`/api/moderation/log?actor=${otherModerator.id}&action=user.unsuspend`)
        .set(moderator.auth)
        .expect(200);
      expect(byAction.body.items.map((e: { reason: string }) => e.reason)).toEqual(['deux']);
    });
  });

  it('actions on a missing post are 404', async () => {
    await act(moderator, '00000000-0000-4000-8000-000000000000', 'approve').expect(404);
  });

  it('hide works on a post with no queue item (nothing to resolve) and on a pending one', async () => {
    const { threadId } = await newThreadWithPost(t, author);
    const plain = await addPost(t, threadId, author);
    const hidden = await act(admin, plain, 'hide', { reason: 'Hors charte' }).expect(200);
    expect(hidden.body.item).toBeNull();
    const { postId, itemId } = await pendingPostWithItem();
    const response = await act(admin, postId, 'hide', { reason: 'Hors charte' }).expect(200);
    expect(response.body.item).toMatchObject({ id: itemId, resolution: 'hidden' });
    expect(await openItems(t, postId)).toEqual([]);
  });
});
