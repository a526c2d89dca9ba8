import { startTestApp, type TestApp } from '../support/app.js';
import { newUser } from '../support/factories.js';
import { freshIp, newArticle, postReport, type TestArticle } from './support.js';

describe('error report rate limit (RATE_LIMIT_ERROR_REPORTS_PER_HOUR=3)', () => {
  let t: TestApp;
  let article: TestArticle;

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_ERROR_REPORTS_PER_HOUR: '3' });
    article = await newArticle(t, await newUser(t, { role: 'editor' }), { body: 'un deux trois quatre cinq six' });
  });
  afterAll(async () => t.close());

  it('answers 429 with Retry-After to the fourth report from one IP within the hour, and stores nothing for it', async () => {
    const ip = freshIp();
    for (const quote of ['un', 'deux', 'trois']) {
      expect((await postReport(t, article.slug, { quote }, { ip })).status).toBe(201);
    }
    const limited = await postReport(t, article.slug, { quote: 'quatre' }, { ip });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(3600);
    const [{ count }] = await t.db.query(
      `SELECT count(*)::int AS count FROM error_reports WHERE article_id = $1 AND quote = 'quatre'`,
      [article.id],
    );
    expect(count).toBe(0);
  });

  it('limits per IP, signed in or not, and per account: another IP gets through, the same account does not', async () => {
    const ip = freshIp();
    const user = await newUser(t);
    for (const quote of ['un', 'deux', 'trois']) {
      expect((await postReport(t, article.slug, { quote }, { ip, user })).status).toBe(201);
    }
    expect((await postReport(t, article.slug, { quote: 'quatre' }, { ip, user })).status).toBe(429);
    expect((await postReport(t, article.slug, { quote: 'quatre' }, { ip: freshIp() })).status).toBe(201);
    expect((await postReport(t, article.slug, { quote: 'cinq' }, { ip: freshIp(), user })).status).toBe(429);
  });
});
