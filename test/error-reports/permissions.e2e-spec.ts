import { startTestApp, type TestApp } from '../support/app.js';
import { newCast, newUser, type Cast } from '../support/factories.js';
import { checkMatrix } from '../support/permission-matrix.js';
import { newArticle, postReport, type TestArticle } from './support.js';

/** Every route of the module, as each member of the cast. */
describe('error reports permission matrix', () => {
  let t: TestApp;
  let cast: Cast;
  let article: TestArticle;
  let readerReportId: string;

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_ERROR_REPORTS_PER_HOUR: '10000' });
    cast = await newCast(t);
    article = await newArticle(t, cast.editor, { body: 'Une phrase avec une erreur dedans.' });
    const created = await postReport(t, article.slug, { quote: 'une erreur' }, { user: cast.reader });
    readerReportId = created.body.id;
  });
  afterAll(async () => t.close());

  it('POST /api/articles/:slug/error-reports: anyone, signed in or not; never suspended or banned accounts', async () => {
    await expect(
      checkMatrix(t, cast, {
        method: 'post',
        route: '/api/articles/:slug/error-reports',
        path: () => `/api/articles/${article.slug}/error-reports`,
        body: () => ({ quote: 'une phrase' }),
        expect: {
          anonymous: 201,
          reader: 201,
          otherReader: 201,
          editor: 201,
          moderator: 201,
          admin: 201,
          suspended: 403,
          banned: 403,
        },
      }),
    ).resolves.toEqual([]);
  });

  it('GET /api/error-reports: editors, moderators and admins only', async () => {
    await expect(
      checkMatrix(t, cast, {
        method: 'get',
        route: '/api/error-reports',
        path: () => '/api/error-reports',
        expect: {
          anonymous: 401,
          reader: 403,
          otherReader: 403,
          editor: 200,
          moderator: 200,
          admin: 200,
          suspended: 403,
          banned: 403,
        },
      }),
    ).resolves.toEqual([]);
  });

  it('GET /api/error-reports/:id: staff and the signed-in reporter; 404 for everyone else', async () => {
    await expect(
      checkMatrix(t, cast, {
        method: 'get',
        route: '/api/error-reports/:id',
        path: () => `/api/error-reports/${readerReportId}`,
        owner: () => cast.reader,
        expect: {
          anonymous: 404,
          owner: 200,
          otherReader: 404,
          editor: 200,
          moderator: 200,
          admin: 200,
          suspended: 404,
          banned: 404,
        },
      }),
    ).resolves.toEqual([]);
  });

  it('GET /api/error-reports/:id: a suspended or banned reporter still reads their own report', async () => {
    const suspendedReport = await postReport(t, article.slug, { quote: 'dedans' }, { user: cast.reader });
    await t.db.query(`UPDATE error_reports SET reporter_id = $1, reporter_key = $2 WHERE id = $3`, [
      cast.suspended.id,
      `user:${cast.suspended.id}`,
      suspendedReport.body.id,
    ]);
    await t.http.get(`/api/error-reports/${suspendedReport.body.id}`).set(cast.suspended.auth).expect(200);
  });

  it('PATCH /api/error-reports/:id: editors, moderators and admins; never the reporter, nor suspended or banned accounts', async () => {
    // One fresh open report per caller, so each success is a real open → accepted.
    const pool: string[] = [];
    for (let i = 0; i < 9; i += 1) {
      const created = await postReport(t, article.slug, { quote: 'avec une erreur' });
      pool.push(created.body.id);
    }
    const ownReport = await postReport(t, article.slug, { quote: 'avec une erreur' }, { user: cast.otherReader });
    await expect(
      checkMatrix(t, cast, {
        method: 'patch',
        route: '/api/error-reports/:id',
        path: () => `/api/error-reports/${pool.shift()}`,
        body: () => ({ status: 'accepted' }),
        expect: { anonymous: 401, reader: 403, editor: 200, moderator: 200, admin: 200, suspended: 403, banned: 403 },
      }),
    ).resolves.toEqual([]);
    await expect(
      checkMatrix(t, cast, {
        method: 'patch',
        route: '/api/error-reports/:id',
        path: () => `/api/error-reports/${ownReport.body.id}`,
        owner: () => cast.otherReader,
        body: () => ({ status: 'rejected' }),
        expect: { owner: 403 },
      }),
    ).resolves.toEqual([]);
  });

  it('a suspended or banned editor cannot handle reports', async () => {
    const suspendedEditor = await newUser(t, { role: 'editor', status: 'suspended' });
    const created = await postReport(t, article.slug, { quote: 'Une phrase' });
    await t.http
      .patch(`/api/error-reports/${created.body.id}`)
      .set(suspendedEditor.auth)
      .send({ status: 'accepted' })
      .expect(403);
  });

  it('malformed ids are 404, not 500', async () => {
    await t.http.get('/api/error-reports/not-a-uuid').set(cast.editor.auth).expect(404);
    await t.http.patch('/api/error-reports/not-a-uuid').set(cast.editor.auth).send({ status: 'accepted' }).expect(404);
    await t.http.get('/api/error-reports/00000000-0000-4000-8000-000000000000').set(cast.editor.auth).expect(404);
    await t.http
      .patch('/api/error-reports/00000000-0000-4000-8000-000000000000')
      .set(cast.editor.auth)
      .send({ status: 'accepted' })
      .expect(404);
  });
});
