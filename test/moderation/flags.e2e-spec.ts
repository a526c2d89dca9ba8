import { startTestApp, type TestApp } from '../support/app.js';
import { newUser, type TestUser } from '../support/factories.js';
import { addPost, listenToThreadEvents, newThreadWithPost, openItems, postRow, sleep } from './support.js';

describe('moderation: flags', () => {
  let t: TestApp;
  let author: TestUser;
  let moderator: TestUser;

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_FLAGS_PER_HOUR: '1000' });
    author = await newUser(t);
    moderator = await newUser(t, { role: 'moderator' });
  });
  afterAll(async () => t.close());

  const flag = (user: TestUser, postId: string, body: Record<string, unknown> = { reason: 'abuse' }) =>
    t.http.post(`/api/posts/${postId}/flags`).set(user.auth).send(body);

  it('records a flag and queues the post as flagged, counted by reason', async () => {
    const { postId } = await newThreadWithPost(t, author);
    const [a, b] = await Promise.all([newUser(t), newUser(t)]);
    const response = await flag(a, postId, { reason: 'spam', comment: 'Lien publicitaire' }).expect(201);
    expect(response.body).toMatchObject({ postId, reason: 'spam', comment: 'Lien publicitaire' });
    await flag(b, postId, { reason: 'abuse' }).expect(201);
    const items = await openItems(t, postId);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'flagged', reasons: { flags: { spam: 1, abuse: 1 } } });
    expect(await postRow(t, postId)).toMatchObject({ status: 'visible', flag_count: 2 });
  });

  it('a second flag by the same user is a 409 and counts once', async () => {
    const { postId } = await newThreadWithPost(t, author);
    const reader = await newUser(t);
    await flag(reader, postId).expect(201);
    const second = await flag(reader, postId, { reason: 'spam' }).expect(409);
    expect(second.body.code).toBe('moderation.already_flagged');
    expect((await postRow(t, postId)).flag_count).toBe(1);
  });

  it('the same user flagging 50 times at once is counted once', async () => {
    const { postId } = await newThreadWithPost(t, author);
    const reader = await newUser(t);
    const statuses = (await Promise.all(Array.from({ length: 50 }, () => flag(reader, postId))))
      .map((r) => r.status)
      .sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    expect((await postRow(t, postId)).flag_count).toBe(1);
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM post_flags WHERE post_id = $1`, [postId]);
    expect(count).toBe(1);
  });

  it('one cannot flag one’s own post (422)', async () => {
    const { postId } = await newThreadWithPost(t, author);
    const response = await flag(author, postId).expect(422);
    expect(response.body.code).toBe('moderation.own_post_flag');
  });

  it('a post the flagger cannot see is a 404 (hidden, pending, deleted, absent)', async () => {
    const { threadId } = await newThreadWithPost(t, author);
    const reader = await newUser(t);
    for (const status of ['hidden', 'pending', 'deleted'] as const) {
      await flag(reader, await addPost(t, threadId, author, status)).expect(404);
    }
    await flag(reader, '00000000-0000-4000-8000-000000000000').expect(404);
  });

  it('rejects an unknown reason and a comment over 1000 characters, naming the field', async () => {
    const { postId } = await newThreadWithPost(t, author);
    const reader = await newUser(t);
    const bad = await flag(reader, postId, { reason: 'boring' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['reason']);
    const long = await flag(reader, postId, { reason: 'other', comment: 'x'.repeat(1001) }).expect(400);
    expect(long.body.errors.map((e: { field: string }) => e.field)).toEqual(['comment']);
  });

  it('3 concurrent flags by distinct users hide the post exactly once', async () => {
    const { postId, threadId } = await newThreadWithPost(t, author);
    const flaggers = await Promise.all([newUser(t), newUser(t), newUser(t)]);
    const listener = await listenToThreadEvents(t);
    try {
      const responses = await Promise.all(flaggers.map((user) => flag(user, postId)));
      expect(responses.map((r) => r.status)).toEqual([201, 201, 201]);
      await sleep(300);
      expect(await postRow(t, postId)).toMatchObject({ status: 'hidden', flag_count: 3 });
      const hidden = listener.events.filter((e) => e.type === 'post.hidden' && e.data.postId === postId);
      expect(hidden).toHaveLength(1);
      expect(hidden[0].threadId).toBe(threadId);
    } finally {
      await listener.close();
    }
    const items = await openItems(t, postId);
    expect(items).toHaveLength(1);
    expect(items[0].reasons).toMatchObject({ autoHidden: true, flags: { abuse: 3 } });
    const [{ count }] = await t.db.query(
      `SELECT count(*)::int AS count FROM audit_log WHERE action = 'post.auto_hide' AND target_id = $1`,
      [postId],
    );
    expect(count).toBe(1);
  });

  it('50 concurrent flags by distinct users: each accepted flag counted, hidden once, one open item', async () => {
    const { postId } = await newThreadWithPost(t, author);
    const flaggers = await Promise.all(Array.from({ length: 50 }, () => newUser(t)));
    const listener = await listenToThreadEvents(t);
    try {
      const responses = await Promise.all(
        flaggers.map((user, i) => flag(user, postId, { reason: i % 2 ? 'spam' : 'abuse' })),
      );
      // Once hidden, the post is invisible to the remaining readers: their flags are 404, never 500.
      const statuses = responses.map((r) => r.status);
      expect(statuses.every((s) => s === 201 || s === 404)).toBe(true);
      const accepted = statuses.filter((s) => s === 201).length;
      expect(accepted).toBeGreaterThanOrEqual(3);
      await sleep(300);
      expect(await postRow(t, postId)).toMatchObject({ status: 'hidden', flag_count: accepted });
      expect(listener.events.filter((e) => e.type === 'post.hidden' && e.data.postId === postId)).toHaveLength(1);
    } finally {
      await listener.close();
    }
    const items = await openItems(t, postId);
    expect(items).toHaveLength(1);
    const flags = items[0].reasons.flags as Record<string, number>;
    expect((flags.spam ?? 0) + (flags.abuse ?? 0)).toBe((await postRow(t, postId)).flag_count);
  });

  it('the threshold is a live setting', async () => {
    await t.db.query(
      `INSERT INTO settings (key, value) VALUES ('flagHideThreshold', '1') ON CONFLICT (key) DO UPDATE SET value = '1'`,
    );
    await sleep(1100); // the settings cache lives one second
    try {
      const { postId } = await newThreadWithPost(t, author);
      await flag(await newUser(t), postId).expect(201);
      expect((await postRow(t, postId)).status).toBe('hidden');
    } finally {
      await t.db.query(`DELETE FROM settings WHERE key = 'flagHideThreshold'`);
      await sleep(1100);
    }
  });

  it('a flag on a post whose item was resolved re-opens a new item', async () => {
    const { postId } = await newThreadWithPost(t, author);
    const [first, second] = await Promise.all([newUser(t), newUser(t)]);
    await flag(first, postId, { reason: 'spam' }).expect(201);
    const [before] = await openItems(t, postId);
    await t.http.post(`/api/moderation/posts/${postId}/approve`).set(moderator.auth).send({}).expect(200);
    expect(await openItems(t, postId)).toEqual([]);
    expect(await postRow(t, postId)).toMatchObject({ status: 'visible', flag_count: 0 });

    await flag(second, postId, { reason: 'abuse' }).expect(201);
    const reopened = await openItems(t, postId);
    expect(reopened).toHaveLength(1);
    expect(reopened[0].id).not.toBe(before.id);
    // Only the new, undecided flag counts: the dismissed one stays with the old item.
    expect(reopened[0].reasons.flags).toEqual({ abuse: 1 });
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM moderation_items WHERE subject_id = $1`, [
      postId,
    ]);
    expect(count).toBe(2);
  });
});
