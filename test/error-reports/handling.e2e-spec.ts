import { startTestApp, type TestApp } from '../support/app.js';
import { newUser, type TestUser } from '../support/factories.js';
import { readMailDir } from '../support/mailbox.js';
import { newArticle, postReport, type TestArticle } from './support.js';

const BODY = 'Le pont a été inauguré en 1998 par le maire. Il mesure 300 mètres. Sa construction a coûté 12 millions.';

describe('handling error reports (GET /api/error-reports, GET/PATCH /api/error-reports/:id)', () => {
  let t: TestApp;
  let editor: TestUser;
  let moderator: TestUser;
  let admin: TestUser;
  let reader: TestUser;
  let article: TestArticle;

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_ERROR_REPORTS_PER_HOUR: '10000' });
    [editor, moderator, admin, reader] = await Promise.all([
      newUser(t, { role: 'editor' }),
      newUser(t, { role: 'moderator' }),
      newUser(t, { role: 'admin' }),
      newUser(t),
    ]);
    article = await newArticle(t, editor, { body: BODY });
  });
  afterAll(async () => t.close());

  let quoteCounter = 0;
  const QUOTES = [
    'Le pont',
    'inauguré en 1998',
    'par le maire',
    'Il mesure',
    '300 mètres',
    'Sa construction',
    'coûté 12 millions',
  ];
  /** A new open report (each with a fresh IP, so duplicates never collide). */
  const report = async (options: { user?: TestUser; email?: string; on?: TestArticle } = {}): Promise<string> => {
    const quote = QUOTES[quoteCounter++ % QUOTES.length];
    const response = await postReport(
      t,
      (options.on ?? article).slug,
      { quote, ...(options.email ? { email: options.email } : {}) },
      { user: options.user },
    );
    expect(response.status).toBe(201);
    return response.body.id;
  };
  const patch = (id: string, user: TestUser, body: Record<string, unknown>) =>
    t.http.patch(`/api/error-reports/${id}`).set(user.auth).send(body);

  describe('transitions', () => {
    it('walks open → accepted → fixed, answering the report with its full history', async () => {
      const reporter = await newUser(t);
      const id = await report({ user: reporter });
      const accepted = await patch(id, editor, { status: 'accepted', note: 'Vérifié auprès de la mairie' });
      expect(accepted.status).toBe(200);
      expect(accepted.body.status).toBe('accepted');
      const fixed = await patch(id, moderator, { status: 'fixed', note: 'Corrigé' });
      expect(fixed.status).toBe(200);
      expect(fixed.body.history).toEqual([
        {
          fromStatus: null,
          toStatus: 'open',
          note: null,
          actor: { username: reporter.username },
          createdAt: expect.any(String),
        },
        {
          fromStatus: 'open',
          toStatus: 'accepted',
          note: 'Vérifié auprès de la mairie',
          actor: { username: editor.username },
          createdAt: expect.any(String),
        },
        {
          fromStatus: 'accepted',
          toStatus: 'fixed',
          note: 'Corrigé',
          actor: { username: moderator.username },
          createdAt: expect.any(String),
        },
      ]);
    });

    it('writes one audit entry per transition, in the audit log, with actor, action, before and after', async () => {
      const id = await report();
      await patch(id, editor, { status: 'accepted', note: 'ok' }).expect(200);
      await patch(id, admin, { status: 'rejected', note: 'finalement non' }).expect(200);
      const rows = await t.db.query(
        `SELECT actor_id, actor_role, action, target_type, reason, before, after FROM audit_log WHERE target_id = $1 ORDER BY id`,
        [id],
      );
      expect(rows).toEqual([
        expect.objectContaining({
          actor_id: editor.id,
          actor_role: 'editor',
          action: 'error_report.accepted',
          target_type: 'error_report',
          reason: 'ok',
          before: { status: 'open' },
          after: expect.objectContaining({ status: 'accepted' }),
        }),
        expect.objectContaining({
          actor_id: admin.id,
          actor_role: 'admin',
          action: 'error_report.rejected',
          reason: 'finalement non',
          before: { status: 'accepted' },
          after: expect.objectContaining({ status: 'rejected' }),
        }),
      ]);
      const [{ count }] = await t.db.query(
        `SELECT count(*)::int AS count FROM error_report_events WHERE report_id = $1`,
        [id],
      );
      expect(count).toBe(3);
    });

    it.each([
      ['fixed', 'rejected'],
      ['rejected', 'accepted'],
      ['accepted', 'accepted'],
      ['accepted', 'duplicate'],
    ])('refuses %s → %s with 409 and records nothing', async (from, to) => {
      const id = await report();
      if (from === 'fixed' || from === 'rejected' || from === 'accepted')
        await patch(id, editor, { status: from }).expect(200);
      const before = await t.db.query(`SELECT count(*)::int AS count FROM audit_log WHERE target_id = $1`, [id]);
      const body = to === 'duplicate' ? { status: to, duplicateOfId: await report() } : { status: to };
      const response = await patch(id, editor, body);
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('error_report.illegal_transition');
      await expect(
        t.db.query(`SELECT count(*)::int AS count FROM audit_log WHERE target_id = $1`, [id]),
      ).resolves.toEqual(before);
    });

    it('refuses a status outside the four with 400', async () => {
      const id = await report();
      expect((await patch(id, editor, { status: 'open' })).status).toBe(400);
      expect((await patch(id, editor, { status: 'accepted', extra: true })).status).toBe(400);
      expect((await patch(id, editor, { status: 'accepted', note: 'n'.repeat(2001) })).status).toBe(400);
    });

    it('lets exactly one of 50 simultaneous PATCHes on the same report win; the others get 409', async () => {
      const id = await report();
      const editors = await Promise.all(Array.from({ length: 5 }, () => newUser(t, { role: 'editor' })));
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          patch(id, editors[i % editors.length], { status: i % 2 ? 'rejected' : 'accepted' }),
        ),
      );
      const statuses = responses.map((r) => r.status);
      // accepted → rejected is legal, so at most one "accepted" winner may be followed by one "rejected" winner.
      const [{ events }] = await t.db.query(
        `SELECT count(*)::int AS events FROM error_report_events WHERE report_id = $1 AND from_status IS NOT NULL`,
        [id],
      );
      const [{ audits }] = await t.db.query(`SELECT count(*)::int AS audits FROM audit_log WHERE target_id = $1`, [id]);
      expect(statuses.filter((s) => s === 200)).toHaveLength(events);
      expect(statuses.filter((s) => s !== 200).every((s) => s === 409)).toBe(true);
      expect(audits).toBe(events);
    });

    it('lets exactly one of 50 simultaneous identical resolutions win', async () => {
      const id = await report();
      const responses = await Promise.all(
        Array.from({ length: 50 }, () => patch(id, editor, { status: 'rejected', note: 'non' })),
      );
      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(49);
      const [{ events }] = await t.db.query(
        `SELECT count(*)::int AS events FROM error_report_events WHERE report_id = $1 AND to_status = 'rejected'`,
        [id],
      );
      const [{ audits }] = await t.db.query(
        `SELECT count(*)::int AS audits FROM audit_log WHERE target_id = $1 AND action = 'error_report.rejected'`,
        [id],
      );
      expect([events, audits]).toEqual([1, 1]);
    });
  });

  describe('duplicate', () => {
    it('points at another report of the same article', async () => {
      const original = await report();
      const copy = await report();
      const response = await patch(copy, editor, { status: 'duplicate', duplicateOfId: original });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'duplicate', duplicateOfId: original });
    });

    it('answers 422 naming duplicateOfId when it is missing, the report itself, unknown or on another article', async () => {
      const id = await report();
      const elsewhere = await report({ on: await newArticle(t, editor, { body: BODY }) });
      for (const body of [
        { status: 'duplicate' },
        { status: 'duplicate', duplicateOfId: id },
        { status: 'duplicate', duplicateOfId: '00000000-0000-4000-8000-000000000000' },
        { status: 'duplicate', duplicateOfId: elsewhere },
        { status: 'rejected', duplicateOfId: elsewhere },
      ]) {
        const response = await patch(id, editor, body);
        expect([response.status, response.body.errors?.[0]?.field]).toEqual([422, 'duplicateOfId']);
      }
      await expect(t.db.query(`SELECT status FROM error_reports WHERE id = $1`, [id])).resolves.toEqual([
        { status: 'open' },
      ]);
    });
  });

  describe('corrections', () => {
    it('fixed with correctionNote appends a dated note to the article corrections log, linked to the report', async () => {
      const id = await report();
      const [{ revision: revisionBefore, updated_at: updatedBefore }] = await t.db.query(
        `SELECT revision, updated_at FROM articles WHERE id = $1`,
        [article.id],
      );
      await patch(id, editor, {
        status: 'fixed',
        correctionNote: 'Le pont a été inauguré en 1999, et non en 1998.',
      }).expect(200);
      const corrections = await t.db.query(
        `SELECT note, created_by_id, error_report_id, created_at FROM article_corrections WHERE article_id = $1 AND error_report_id = $2`,
        [article.id, id],
      );
      expect(corrections).toEqual([
        {
          note: 'Le pont a été inauguré en 1999, et non en 1998.',
          created_by_id: editor.id,
          error_report_id: id,
          created_at: expect.any(Date),
        },
      ]);
      const [after] = await t.db.query(`SELECT revision, updated_at FROM articles WHERE id = $1`, [article.id]);
      expect(after).toEqual({ revision: revisionBefore, updated_at: updatedBefore });
    });

    it('fixed without correctionNote adds nothing to the log; correctionNote with another status is 422', async () => {
      const id = await report();
      const response = await patch(id, editor, { status: 'rejected', correctionNote: 'non' });
      expect([response.status, response.body.errors?.[0]?.field]).toEqual([422, 'correctionNote']);
      await patch(id, editor, { status: 'fixed' }).expect(200);
      await expect(
        t.db.query(`SELECT count(*)::int AS count FROM article_corrections WHERE error_report_id = $1`, [id]),
      ).resolves.toEqual([{ count: 0 }]);
    });

    it('a correction that fails rolls the status change back (one transaction)', async () => {
      const id = await report();
      const response = await patch(id, editor, { status: 'fixed', correctionNote: 'c'.repeat(2001) });
      expect(response.status).toBe(400);
      await expect(t.db.query(`SELECT status FROM error_reports WHERE id = $1`, [id])).resolves.toEqual([
        { status: 'open' },
      ]);
    });
  });

  describe('moderation queue', () => {
    it('resolves the open queue item when the report is resolved, not when merely accepted', async () => {
      const id = await report();
      const item = () =>
        t.db.query(
          `SELECT status, resolution, resolved_by_id FROM moderation_items WHERE subject_type = 'error_report' AND subject_id = $1`,
          [id],
        );
      await patch(id, editor, { status: 'accepted' }).expect(200);
      await expect(item()).resolves.toEqual([{ status: 'open', resolution: null, resolved_by_id: null }]);
      await patch(id, moderator, { status: 'fixed' }).expect(200);
      await expect(item()).resolves.toEqual([
        { status: 'resolved', resolution: 'fixed', resolved_by_id: moderator.id },
      ]);
    });
  });

  describe('telling the reporter', () => {
    const notificationsOf = (user: TestUser) =>
      t.db.query(`SELECT kind, data FROM notifications WHERE user_id = $1 ORDER BY created_at, id`, [user.id]);

    it('notifies a signed-in reporter of every resolution, not of acceptance', async () => {
      const me = await newUser(t);
      const accepted = await report({ user: me });
      await patch(accepted, editor, { status: 'accepted' }).expect(200);
      await expect(notificationsOf(me)).resolves.toEqual([]);
      await patch(accepted, editor, { status: 'fixed', note: 'Merci !' }).expect(200);
      const rejected = await report({ user: me });
      await patch(rejected, editor, { status: 'rejected' }).expect(200);
      const duplicate = await report({ user: me });
      await patch(duplicate, editor, { status: 'duplicate', duplicateOfId: accepted }).expect(200);
      const notes = await notificationsOf(me);
      expect(
        notes.map((n: { kind: string; data: { reportId: string; status: string } }) => [
          n.kind,
          n.data.reportId,
          n.data.status,
        ]),
      ).toEqual([
        ['error_report.resolved', accepted, 'fixed'],
        ['error_report.resolved', rejected, 'rejected'],
        ['error_report.resolved', duplicate, 'duplicate'],
      ]);
      expect(notes[0].data).toMatchObject({ note: 'Merci !', articleSlug: article.slug });
    });

    // Other tests' notification mails go out through the job queue into the same MAIL_DIR at any
    // moment: each test reads only the mail of its own recipient, and never empties the folder.
    it('mails an anonymous reporter who left an email (an .eml in MAIL_DIR)', async () => {
      const id = await report({ email: 'lectrice@example.fr' });
      await patch(id, editor, { status: 'fixed', note: 'Corrigé, merci.' }).expect(200);
      const mails = (await readMailDir(t.config.MAIL_DIR)).filter((mail) => mail.to === 'lectrice@example.fr');
      expect(mails).toHaveLength(1);
      expect(mails[0].text).toContain('Corrig');
    });

    it('sends no mail on acceptance, nor to anonymous reporters without an email', async () => {
      const withEmail = await report({ email: 'lecteur@example.fr' });
      await patch(withEmail, editor, { status: 'accepted' }).expect(200);
      const withoutEmail = await report();
      await patch(withoutEmail, editor, { status: 'rejected' }).expect(200);
      const mails = await readMailDir(t.config.MAIL_DIR);
      expect(mails.filter((mail) => mail.to === 'lecteur@example.fr')).toEqual([]);
    });
  });

  describe('reading', () => {
    it('shows the reporter their report and history without private contact fields', async () => {
      const reporter = await newUser(t);
      const id = await report({ user: reporter });
      await patch(id, editor, { status: 'rejected', note: 'Le chiffre est exact.' }).expect(200);
      const mine = await t.http.get(`/api/error-reports/${id}`).set(reporter.auth).expect(200);
      expect(mine.body).not.toHaveProperty('reporterEmail');
      expect(mine.body).toMatchObject({
        id,
        status: 'rejected',
        reporter: { username: reporter.username },
        article: { slug: article.slug },
      });
      expect(mine.body.history.at(-1)).toMatchObject({ toStatus: 'rejected', note: 'Le chiffre est exact.' });
    });

    it('shows staff the anonymous reporter email', async () => {
      const id = await report({ email: 'source@example.fr' });
      const read = await t.http.get(`/api/error-reports/${id}`).set(editor.auth).expect(200);
      expect(read.body).toMatchObject({ reporter: null, reporterEmail: 'source@example.fr' });
    });

    it('lists oldest first with every documented field, filtered by status and article, page by page', async () => {
      const listed = await newArticle(t, editor, { title: 'Article listé', body: BODY });
      const ids: string[] = [];
      for (let i = 0; i < 5; i += 1) ids.push(await report({ on: listed, user: i === 0 ? reader : undefined }));
      await patch(ids[1], editor, { status: 'rejected' }).expect(200);

      const all = await t.http.get(`/api/error-reports?article=${listed.slug}`).set(moderator.auth).expect(200);
      expect(all.body.items.map((i: { id: string }) => i.id)).toEqual(ids);
      expect(all.body.items[0]).toEqual({
        id: ids[0],
        article: { slug: listed.slug, title: 'Article listé' },
        quote: expect.any(String),
        quoteOffset: expect.any(Number),
        quoteFound: true,
        articleRevision: 1,
        suggestion: null,
        comment: null,
        status: 'open',
        duplicateOfId: null,
        reporter: { username: reader.username },
        reporterEmail: null,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });

      const open = await t.http
        .get(`/api/error-reports?article=${listed.slug}&status=open`)
        .set(editor.auth)
        .expect(200);
      expect(open.body.items.map((i: { id: string }) => i.id)).toEqual([ids[0], ids[2], ids[3], ids[4]]);

      const pages: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { items: Array<{ id: string }>; nextCursor: string | null } } = await t.http
          .get(`/api/error-reports?article=${listed.slug}&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
          .set(admin.auth)
          .expect(200);
        expect(page.body.items.length).toBeLessThanOrEqual(2);
        pages.push(...page.body.items.map((i) => i.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(pages).toEqual(ids);
    });

    it('answers 400 to bad cursors, limits and statuses (never 500)', async () => {
      const bad = [
        'cursor=garbage',
        `cursor=${Buffer.from(JSON.stringify(['not a date', 'x'])).toString('base64url')}`,
        `cursor=${Buffer.from(JSON.stringify(['2024-01-01T00:00:00.000000Z', 'not-a-uuid'])).toString('base64url')}`,
        `cursor=${Buffer.from(JSON.stringify(['9999-99-99T99:99:99.999999Z', '00000000-0000-4000-8000-000000000000'])).toString('base64url')}`,
        'limit=0',
        'limit=101',
        'status=pending',
        'unknown=1',
      ];
      for (const query of bad) {
        const response = await t.http.get(`/api/error-reports?${query}`).set(editor.auth);
        expect([query, response.status]).toEqual([query, 400]);
      }
    });
  });
});
