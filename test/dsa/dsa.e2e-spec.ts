import { randomBytes } from 'node:crypto';
import type { TestApp } from '../support/app.js';
import { startTestApp } from '../support/app.js';
import { newUser, type TestUser } from '../support/factories.js';
import { readMailDir, waitForMails } from '../support/mailbox.js';
import { WebhookReceiver } from '../support/webhook-receiver.js';
import { newThreadWithPost, openItems, postRow } from '../moderation/support.js';

const GROUND = 'Diffamation (loi du 29 juillet 1881, art. 29)';

describe('Digital Services Act: notice → decision → statement → appeal → transparency', () => {
  let t: TestApp;
  let author: TestUser;
  let firstModerator: TestUser;
  let secondModerator: TestUser;
  let thirdModerator: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    t = await startTestApp({ JOBS_POLL_INTERVAL_MS: '500', FLAG_HIDE_THRESHOLD: '1', WEBHOOK_ALLOW_PRIVATE: 'true' });
    author = await newUser(t);
    firstModerator = await newUser(t, { role: 'moderator' });
    secondModerator = await newUser(t, { role: 'moderator' });
    thirdModerator = await newUser(t, { role: 'moderator' });
    admin = await newUser(t, { role: 'admin' });
  });
  afterAll(() => t.close());
  // Mails go out asynchronously (job queue) into one MAIL_DIR: each test reads only its own recipients' mail.
  let notifier: string;
  beforeEach(() => {
    notifier = `notifiant-${randomBytes(4).toString('hex')}@example.fr`;
  });

  const notice = (postId: string, extra: Record<string, unknown> = {}) =>
    t.http.post('/api/dsa/notices').send({
      postId,
      legalGround: GROUND,
      explanation: 'Il m’accuse d’un délit.',
      email: notifier,
      goodFaith: true,
      ...extra,
    });

  it('runs the whole chain and counts every step', async () => {
    const { postId } = await newThreadWithPost(t, author);
    const created = await notice(postId).set('Accept-Language', 'fr').expect(201);
    expect(created.body).toEqual({ id: expect.any(String) });
    await waitForMails(t.config.MAIL_DIR, (mails) => mails.some((m) => m.to === notifier));
    const [item] = await openItems(t, postId);
    expect(item).toMatchObject({ kind: 'dsa_notice', reasons: { dsaNotices: 1, legalGrounds: [GROUND] } });

    await t.http
      .post(`/api/moderation/posts/${postId}/hide`)
      .set(firstModerator.auth)
      .send({ reason: 'Accusation sans fondement visant une personne nommée.' })
      .expect(200);

    const decisions = await t.http.get('/api/me/decisions').set(author.auth).expect(200);
    expect(decisions.body).toEqual({
      items: [
        {
          id: expect.any(String),
          postId,
          action: 'hide',
          ground: GROUND,
          explanation: 'Accusation sans fondement visant une personne nommée.',
          source: 'notice',
          automated: false,
          createdAt: expect.any(String),
          appeal: null,
        },
      ],
      nextCursor: null,
    });
    const decisionId = decisions.body.items[0].id as string;
    const mine = (all: Awaited<ReturnType<typeof readMailDir>>) =>
      all.filter((m) => m.to === author.email || m.to === notifier);
    const mails = mine(await waitForMails(t.config.MAIL_DIR, (all) => mine(all).length === 3));
    const statement = mails.find((m) => m.to === author.email)!;
    expect(statement.subject).toBe('Votre message a été masqué : les motifs');
    expect(statement.text).toContain(`Référence de la décision : ${decisionId}`);
    expect(statement.text).toContain(`Fondement : ${GROUND}`);
    const toNotifier = mails
      .filter((m) => m.to === notifier)
      .map((m) => m.subject)
      .sort();
    expect(toNotifier).toEqual(['Décision sur votre signalement', 'Nous avons reçu votre signalement']);

    const stranger = await newUser(t);
    await t.http.post(`/api/decisions/${decisionId}/appeal`).set(stranger.auth).send({ explanation: 'x' }).expect(404);
    const appeal = await t.http
      .post(`/api/decisions/${decisionId}/appeal`)
      .set(author.auth)
      .send({ explanation: 'Je cite un jugement public.' })
      .expect(201);
    expect(appeal.body).toEqual({ id: expect.any(String), decisionId, status: 'open', createdAt: expect.any(String) });
    await t.http
      .post(`/api/decisions/${decisionId}/appeal`)
      .set(author.auth)
      .send({ explanation: 'encore' })
      .expect(409);
    expect(await openItems(t, postId)).toEqual([expect.objectContaining({ kind: 'appeal' })]);
    // The console's tab counts it for every moderator, and tells the one who took the decision it is not theirs to decide.
    const countsFor = async (who: TestUser) =>
      (await t.http.get('/api/moderation/queue/counts').set(who.auth).expect(200)).body;
    expect(await countsFor(firstModerator)).toMatchObject({ appeal: 1, ownAppeals: 1 });
    expect(await countsFor(secondModerator)).toMatchObject({ appeal: 1, ownAppeals: 0 });

    const decide = (who: TestUser) =>
      t.http
        .post(`/api/moderation/appeals/${appeal.body.id}/decide`)
        .set(who.auth)
        .send({ outcome: 'reversed', note: 'Le message relève du débat.' });
    await decide(firstModerator).expect(403);
    const [one, two] = await Promise.all([decide(secondModerator), decide(thirdModerator)]);
    expect([one.status, two.status].sort()).toEqual([200, 409]);
    expect((await postRow(t, postId)).status).toBe('visible');
    expect(await openItems(t, postId)).toEqual([]);
    const after = await t.http.get('/api/me/decisions').set(author.auth).expect(200);
    expect(after.body.items[0].appeal).toMatchObject({ status: 'reversed', note: 'Le message relève du débat.' });
    const [notification] = await t.db.query(
      `SELECT data FROM notifications WHERE user_id = $1 AND kind = 'appeal.decided'`,
      [author.id],
    );
    expect(notification.data).toMatchObject({ outcome: 'reversed', postId });
    await waitForMails(t.config.MAIL_DIR, (all) => all.some((m) => m.subject === 'Décision sur votre recours'));
    const [audit] = await t.db.query(`SELECT action, after FROM audit_log WHERE target_id = $1`, [appeal.body.id]);
    expect(audit).toEqual({ action: 'appeal.decide', after: { status: 'reversed' } });

    const today = new Date().toISOString().slice(0, 10);
    const report = await t.http.get(`/api/admin/transparency?from=${today}&to=${today}`).set(admin.auth).expect(200);
    expect(report.body).toMatchObject({
      from: today,
      to: today,
      decisions: {
        total: 1,
        automated: 0,
        manual: 1,
        byAction: { hide: 1 },
        byGround: { [GROUND]: 1 },
        bySource: { notice: 1 },
      },
      notices: { total: 1, byStatus: { actioned: 1 } },
      appeals: { total: 1, byStatus: { reversed: 1 } },
    });
    expect(report.body.decisions.medianSecondsToDecision).toEqual(expect.any(Number));
    expect(report.body.appeals.medianSecondsToDecision).toEqual(expect.any(Number));
    const csv = await t.http
      .get(`/api/admin/transparency?from=${today}&to=${today}`)
      .set(admin.auth)
      .set('Accept', 'text/csv')
      .expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.text.split('\r\n')).toEqual(
      expect.arrayContaining([
        'section,key,value',
        'decisions.source,notice,1',
        'appeals.status,reversed,1',
        `decisions.ground,"${GROUND}",1`,
      ]),
    );
  });

  it('writes an automated statement for an auto-hide, and any moderator may decide its appeal', async () => {
    const { postId } = await newThreadWithPost(t, author);
    const flagger = await newUser(t);
    await t.http.post(`/api/posts/${postId}/flags`).set(flagger.auth).send({ reason: 'abuse' }).expect(201);
    const [decision] = await t.db.query(
      `SELECT id, automated, source, decided_by_id, action FROM moderation_decisions WHERE post_id = $1`,
      [postId],
    );
    expect(decision).toEqual({
      id: expect.any(String),
      automated: true,
      source: 'automated',
      decided_by_id: null,
      action: 'hide',
    });
    const appeal = await t.http
      .post(`/api/decisions/${decision.id}/appeal`)
      .set(author.auth)
      .send({ explanation: 'Rien d’injurieux.' })
      .expect(201);
    await t.http
      .post(`/api/moderation/appeals/${appeal.body.id}/decide`)
      .set(firstModerator.auth)
      .send({ outcome: 'upheld', note: 'Propos injurieux.' })
      .expect(200);
    expect((await postRow(t, postId)).status).toBe('hidden');
    expect(await openItems(t, postId)).toEqual([]);
  });

  it('lets a moderator confirm an auto-hide: item resolved, post still hidden, one audit entry, the automated statement the only one', async () => {
    const writer = await newUser(t);
    const { postId } = await newThreadWithPost(t, writer);
    const flagger = await newUser(t);
    await t.http.post(`/api/posts/${postId}/flags`).set(flagger.auth).send({ reason: 'abuse' }).expect(201);
    const [item] = await openItems(t, postId);
    expect(item).toMatchObject({ kind: 'flagged', reasons: { autoHidden: true } });

    const confirmed = await t.http
      .post(`/api/moderation/posts/${postId}/hide`)
      .set(firstModerator.auth)
      .send({ reason: 'Injures confirmées.' })
      .expect(200);
    expect(confirmed.body).toMatchObject({
      post: { id: postId, status: 'hidden', moderationReason: 'Injures confirmées.' },
      item: { id: item.id, resolution: 'hidden' },
    });
    expect(await openItems(t, postId)).toEqual([]);
    expect((await postRow(t, postId)).status).toBe('hidden');
    const audit = await t.db.query(
      `SELECT action, actor_id, before->>'status' AS before, after->>'status' AS after FROM audit_log WHERE target_id = $1 ORDER BY id`,
      [postId],
    );
    expect(audit).toEqual([
      { action: 'post.auto_hide', actor_id: null, before: 'visible', after: 'hidden' },
      { action: 'post.hide', actor_id: firstModerator.id, before: 'hidden', after: 'hidden' },
    ]);
    const statements = await t.db.query(`SELECT automated, action FROM moderation_decisions WHERE post_id = $1`, [
      postId,
    ]);
    expect(statements).toEqual([{ automated: true, action: 'hide' }]);
    const [flag] = await t.db.query(`SELECT outcome FROM post_flags WHERE post_id = $1`, [postId]);
    expect(flag.outcome).toBe('agreed');
    await t.http
      .post(`/api/moderation/posts/${postId}/hide`)
      .set(secondModerator.auth)
      .send({ reason: 'Encore.' })
      .expect(409);
  });

  it('writes a statement when a pending post is rejected, and refuses an appeal after six months', async () => {
    const { postId } = await newThreadWithPost(t, author, { status: 'pending' });
    await t.db.query(
      `INSERT INTO moderation_items (kind, subject_type, subject_id, reasons) VALUES ('pending', 'post', $1, '{"newAccount": true}')`,
      [postId],
    );
    await t.http
      .post(`/api/moderation/posts/${postId}/reject`)
      .set(firstModerator.auth)
      .send({ reason: 'Hors sujet.' })
      .expect(200);
    const [decision] = await t.db.query(`SELECT id, action, source FROM moderation_decisions WHERE post_id = $1`, [
      postId,
    ]);
    expect(decision).toEqual({ id: expect.any(String), action: 'reject', source: 'premoderation' });
    await t.db.query(`UPDATE moderation_decisions SET created_at = now() - interval '6 months 1 day' WHERE id = $1`, [
      decision.id,
    ]);
    const late = await t.http
      .post(`/api/decisions/${decision.id}/appeal`)
      .set(author.auth)
      .send({ explanation: 'trop tard ?' })
      .expect(422);
    expect(late.body.type).toBe('https://tribune.dev/problems/dsa-appeal-too-late');
  });

  it('lets a suspended author appeal (the restriction is what they contest)', async () => {
    const suspended = await newUser(t, { status: 'suspended' });
    const { postId } = await newThreadWithPost(t, suspended);
    await t.http
      .post(`/api/moderation/posts/${postId}/hide`)
      .set(firstModerator.auth)
      .send({ reason: 'Spam.' })
      .expect(200);
    const [decision] = await t.db.query(`SELECT id FROM moderation_decisions WHERE post_id = $1`, [postId]);
    await t.http
      .post(`/api/decisions/${decision.id}/appeal`)
      .set(suspended.auth)
      .send({ explanation: 'Pas du spam.' })
      .expect(201);
  });

  it('refuses a bad notice with a 4xx naming the field, and stores nothing', async () => {
    const { postId } = await newThreadWithPost(t, author);
    const cases: Array<[Record<string, unknown>, number, string]> = [
      [{ goodFaith: undefined }, 400, 'goodFaith'],
      [{ goodFaith: false }, 400, 'goodFaith'],
      [{ goodFaith: 'true' }, 400, 'goodFaith'],
      [{ email: 'pas-une-adresse' }, 400, 'email'],
      [{ legalGround: '' }, 400, 'legalGround'],
      [{ explanation: 'x'.repeat(5001) }, 400, 'explanation'],
      [{ postId: 'nope' }, 400, 'postId'],
      [{ extra: 1 }, 400, 'extra'],
    ];
    for (const [change, status, field] of cases) {
      const response = await notice(postId, { email: 'refus@example.fr', ...change })
        .set('Accept-Language', 'fr')
        .expect(status);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    }
    const missing = await notice('00000000-0000-4000-8000-000000000000', { email: 'refus@example.fr' }).expect(404);
    expect(missing.body.type).toBe('https://tribune.dev/problems/dsa-post-not-found');
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM dsa_notices WHERE post_id = $1`, [postId]);
    expect(n).toBe(0);
    // The job queue polls every 500 ms: an acknowledgement, had one been queued, would be out by now.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await readMailDir(t.config.MAIL_DIR)).filter((mail) => mail.to === 'refus@example.fr')).toEqual([]);
  });

  it('limits notices per IP (RATE_LIMIT_DSA_NOTICES_PER_HOUR=10): the eleventh is 429 with Retry-After and stores nothing', async () => {
    const { postId } = await newThreadWithPost(t, author);
    const ip = '203.0.113.77';
    for (let index = 0; index < 10; index += 1) await notice(postId).set('X-Forwarded-For', ip).expect(201);
    const refused = await notice(postId).set('X-Forwarded-For', ip).expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM dsa_notices WHERE post_id = $1`, [postId]);
    expect(n).toBe(10);
    await notice(postId).set('X-Forwarded-For', '203.0.113.78').expect(201);
  });

  it('announces each notice to the webhooks subscribed to dsa.notice.created, without the notifier', async () => {
    const receiver = await new WebhookReceiver().start();
    try {
      const hook = await t.http
        .post('/api/admin/webhooks')
        .set(admin.auth)
        .send({ url: receiver.url, events: ['dsa.notice.created'] })
        .expect(201);
      receiver.secret = hook.body.secret;
      const { postId } = await newThreadWithPost(t, author);
      const created = await notice(postId).set('X-Forwarded-For', '203.0.113.90').expect(201);
      await receiver.waitFor(() => receiver.accepted('dsa.notice.created').length === 1);
      const [delivery] = receiver.accepted('dsa.notice.created');
      expect(delivery.verified).toBe(true);
      expect(delivery.body.data).toEqual({
        id: created.body.id,
        postId,
        legalGround: GROUND,
        createdAt: expect.any(String),
      });
    } finally {
      await receiver.stop();
    }
  });

  it('refuses bad appeal decisions and periods', async () => {
    await t.http
      .post(`/api/moderation/appeals/00000000-0000-4000-8000-000000000000/decide`)
      .set(secondModerator.auth)
      .send({ outcome: 'maybe', note: 'x' })
      .expect(400);
    await t.http
      .post(`/api/moderation/appeals/00000000-0000-4000-8000-000000000000/decide`)
      .set(secondModerator.auth)
      .send({ outcome: 'upheld', note: 'x' })
      .expect(404);
    const bad = await t.http.get('/api/admin/transparency?from=2026-12-31&to=2026-01-01').set(admin.auth).expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'from' })]);
    await t.http.get('/api/admin/transparency?from=2026-02-30').set(admin.auth).expect(400);
    await t.http.get('/api/admin/transparency').set(secondModerator.auth).expect(403);
  });
});
