import { startTestApp, type TestApp } from '../support/app.js';
import { newUser, type TestUser } from '../support/factories.js';
import { freshIp, newArticle, postReport, type TestArticle } from './support.js';

const TITLE = 'Le budget 2025 adopté';
const SUMMARY = 'Le Parlement a voté le texte.';
const BODY =
  'L’Assemblée nationale a adopté   le budget\npar 289 voix contre 250.\n\nLe Sénat l’examinera en « décembre ».';
const TEXT = `${TITLE}\n${SUMMARY}\n${BODY}`;

describe('reporting an error (POST /api/articles/:slug/error-reports)', () => {
  let t: TestApp;
  let editor: TestUser;
  let reader: TestUser;
  let article: TestArticle;

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_ERROR_REPORTS_PER_HOUR: '10000' });
    editor = await newUser(t, { role: 'editor' });
    reader = await newUser(t);
    article = await newArticle(t, editor, { title: TITLE, summary: SUMMARY, body: BODY, revision: 7 });
  });
  afterAll(async () => t.close());

  const stored = async (id: string) => {
    const [row] = await t.db.query(
      `SELECT quote, quote_offset, article_revision, suggestion, comment, reporter_id, reporter_email, reporter_key,
              reported_on::text AS reported_on, (now() AT TIME ZONE 'UTC')::date::text AS today_utc, status
         FROM error_reports WHERE id = $1`,
      [id],
    );
    return row;
  };

  it('answers 201 {id, status:"open"} and records the offset of the passage and the article revision', async () => {
    const response = await postReport(
      t,
      article.slug,
      { quote: '289 voix contre 250', suggestion: '298 voix' },
      { user: reader },
    );
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ id: expect.any(String), status: 'open' });
    const row = await stored(response.body.id);
    expect(row.quote_offset).toBe(TEXT.indexOf('289 voix'));
    expect(row.article_revision).toBe(7);
    expect(row.reporter_id).toBe(reader.id);
    expect(row.reporter_key).toBe(`user:${reader.id}`);
    expect(row.reported_on).toBe(row.today_utc);
  });

  it('finds the quote despite different whitespace, case and typographic apostrophes', async () => {
    const response = await postReport(
      t,
      article.slug,
      { quote: "  l'ASSEMBLÉE   nationale a adopté le budget par 289  " },
      { user: reader },
    );
    expect(response.status).toBe(201);
    expect((await stored(response.body.id)).quote_offset).toBe(TEXT.indexOf('L’Assemblée'));
  });

  it('finds a quote across guillemets typed as straight quotes and in the title', async () => {
    const inBody = await postReport(t, article.slug, { quote: 'le sénat l\'examinera en "décembre"' });
    expect(inBody.status).toBe(201);
    expect((await stored(inBody.body.id)).quote_offset).toBe(TEXT.indexOf('Le Sénat'));
    const inTitle = await postReport(t, article.slug, { quote: 'budget 2025' });
    expect(inTitle.status).toBe(201);
    expect((await stored(inTitle.body.id)).quote_offset).toBe(TITLE.indexOf('budget 2025'));
  });

  it('answers 422 naming the field quote when the passage is not in the article', async () => {
    const response = await postReport(t, article.slug, { quote: '300 voix contre 250' }).set('Accept-Language', 'fr');
    expect(response.status).toBe(422);
    expect(response.headers['content-type']).toMatch(/problem\+json/);
    expect(response.body.errors).toEqual([
      { field: 'quote', message: expect.stringContaining("ne figure pas dans l'article") },
    ]);
  });

  it('keeps accents significant: "a" does not match "à"', async () => {
    const response = await postReport(t, article.slug, { quote: 'Le Senat' });
    expect(response.status).toBe(422);
  });

  it('answers 404 for an unknown article', async () => {
    const response = await postReport(t, 'no-such-article', { quote: 'budget' });
    expect(response.status).toBe(404);
  });

  it('answers 409 when the same user reports the same passage again the same day, however typed', async () => {
    const first = await postReport(t, article.slug, { quote: 'Le Sénat' }, { user: reader });
    expect(first.status).toBe(201);
    const again = await postReport(
      t,
      article.slug,
      { quote: '  le   SÉNAT ', suggestion: 'autre' },
      { user: reader, ip: freshIp() },
    );
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('error_report.duplicate');
  });

  it('answers 409 when the same IP reports the same passage again anonymously', async () => {
    const ip = freshIp();
    expect((await postReport(t, article.slug, { quote: 'adopté le budget' }, { ip })).status).toBe(201);
    expect((await postReport(t, article.slug, { quote: 'Adopté le budget' }, { ip })).status).toBe(409);
  });

  it('accepts the same passage from a different user, or from a different IP', async () => {
    const ip = freshIp();
    expect((await postReport(t, article.slug, { quote: 'voix contre' }, { ip })).status).toBe(201);
    expect((await postReport(t, article.slug, { quote: 'voix contre' }, { ip: freshIp() })).status).toBe(201);
    expect((await postReport(t, article.slug, { quote: 'voix contre' }, { user: await newUser(t), ip })).status).toBe(
      201,
    );
    expect((await postReport(t, article.slug, { quote: 'voix contre' }, { user: await newUser(t), ip })).status).toBe(
      201,
    );
  });

  it('lets exactly one of 50 simultaneous identical reports through', async () => {
    const ip = freshIp();
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => postReport(t, article.slug, { quote: 'Parlement a voté' }, { ip })),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    const [{ count }] = await t.db.query(
      `SELECT count(*)::int AS count FROM error_reports WHERE article_id = $1 AND reporter_key = $2`,
      [article.id, `ip:${ip}`],
    );
    expect(count).toBe(1);
  });

  it('opens one moderation queue item of kind error_report per report', async () => {
    const response = await postReport(t, article.slug, { quote: 'Le Parlement' });
    const items = await t.db.query(
      `SELECT kind, status, reasons FROM moderation_items WHERE subject_type = 'error_report' AND subject_id = $1`,
      [response.body.id],
    );
    expect(items).toEqual([{ kind: 'error_report', status: 'open', reasons: { errorReport: true } }]);
  });

  it('stores an anonymous reporter email privately and ignores it for a signed-in reporter', async () => {
    const anonymous = await postReport(t, article.slug, { quote: 'nationale', email: 'lecteur@example.fr' });
    expect(anonymous.status).toBe(201);
    expect(await stored(anonymous.body.id)).toMatchObject({ reporter_email: 'lecteur@example.fr', reporter_id: null });
    const signedIn = await postReport(
      t,
      article.slug,
      { quote: 'nationale', email: 'autre@example.fr' },
      { user: reader },
    );
    expect(signedIn.status).toBe(201);
    expect((await stored(signedIn.body.id)).reporter_email).toBeNull();
  });

  describe('abuse', () => {
    it('refuses a 1,001-character quote with 400 naming quote', async () => {
      const response = await postReport(t, article.slug, { quote: 'a'.repeat(1001) });
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['quote']);
    });

    it('refuses an empty or blank quote with 400', async () => {
      expect((await postReport(t, article.slug, { quote: '   ' })).status).toBe(400);
      expect((await postReport(t, article.slug, {})).status).toBe(400);
    });

    it('refuses oversized suggestion and comment, a bad email, wrong types and unknown fields with 400 naming them', async () => {
      const response = await postReport(t, article.slug, {
        quote: 'budget',
        suggestion: 'x'.repeat(2001),
        comment: 'y'.repeat(2001),
        email: 'not-an-email',
        status: 'fixed',
      });
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(
        expect.arrayContaining(['comment', 'email', 'status', 'suggestion']),
      );
      const typed = await postReport(t, article.slug, { quote: ['budget'] });
      expect(typed.status).toBe(400);
    });

    it('stores HTML in every field verbatim, as text, and returns it as a JSON string', async () => {
      const html = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
      const htmlArticle = await newArticle(t, editor, { body: `Un exemple : ${html} dans le texte.` });
      const response = await postReport(
        t,
        htmlArticle.slug,
        { quote: '<script>alert(2)</script>', suggestion: html, comment: `<b>${html}</b>` },
        { user: reader },
      );
      expect(response.status).toBe(201);
      const row = await stored(response.body.id);
      expect(row).toMatchObject({ quote: '<script>alert(2)</script>', suggestion: html, comment: `<b>${html}</b>` });
      const read = await t.http.get(`/api/error-reports/${response.body.id}`).set(reader.auth).expect(200);
      expect(read.headers['content-type']).toMatch(/application\/json/);
      expect(read.body).toMatchObject({
        quote: '<script>alert(2)</script>',
        suggestion: html,
        comment: `<b>${html}</b>`,
      });
    });
  });
});
