import type { Response } from 'supertest';
import { startTestApp, type TestApp } from '../support/app.js';
import { DEFAULT_PASSWORD, newUser, type TestUser } from '../support/factories.js';
import { insertArticle, insertPost } from '../support/sql-fixtures.js';

/**
 * Every write the issue names hits 429 with Retry-After exactly past its
 * configured limit, per client IP and per account. Limits are set low for this
 * app instance (RATE_LIMIT_FACTOR=1). Login brute force is also covered in
 * test/accounts/auth.e2e-spec.ts ("rate limits").
 */
const LIMITS = {
  RATE_LIMIT_FACTOR: '1',
  RATE_LIMIT_LOGIN_PER_MINUTE: '3',
  RATE_LIMIT_REGISTER_PER_HOUR: '2',
  RATE_LIMIT_POSTS_PER_MINUTE: '3',
  RATE_LIMIT_FLAGS_PER_HOUR: '3',
  RATE_LIMIT_VOTES_PER_MINUTE: '4',
  RATE_LIMIT_ERROR_REPORTS_PER_HOUR: '3',
  RATE_LIMIT_SEARCH_PER_MINUTE: '3',
  FLAG_HIDE_THRESHOLD: '100',
};

describe('security: rate limits per IP and per account', () => {
  let t: TestApp;
  let editor: TestUser;
  let article: { id: string; slug: string; threadId: string };
  let ipCounter = 0;
  /** A client address of its own for each call site, so tests never share a bucket by accident. */
  const ip = () => {
    ipCounter += 1;
    return `198.19.${Math.floor(ipCounter / 250)}.${(ipCounter % 250) + 1}`;
  };
  const PHRASES = ['premier point', 'deuxième point', 'troisième point', 'quatrième point', 'cinquième point'];

  beforeAll(async () => {
    t = await startTestApp(LIMITS);
    editor = await newUser(t, { role: 'editor' });
    article = await insertArticle(t, { authorId: editor.id, body: `${PHRASES.join('. ')}.` });
  });
  afterAll(async () => t.close());

  /** `limit` successes, then a 429 problem+json with a whole number of seconds to wait. */
  function expectLimited(responses: Response[], limit: number, success: number) {
    expect(responses.slice(0, limit).map((r) => r.status)).toEqual(Array(limit).fill(success));
    const limited = responses[limit]!;
    expect(limited.status).toBe(429);
    expect(limited.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(limited.headers['retry-after']).toMatch(/^[1-9]\d*$/);
  }

  const posts = async (count: number, author?: TestUser) => {
    const owner = author ?? (await newUser(t));
    const ids: string[] = [];
    for (let i = 0; i < count; i += 1)
      ids.push((await insertPost(t, { threadId: article.threadId, authorId: owner.id, body: `p${i}` })).id);
    return ids;
  };
  const users = (count: number) => Promise.all(Array.from({ length: count }, () => newUser(t)));
  const poll = async () => {
    const response = await t.http
      .post(`/api/articles/${article.slug}/polls`)
      .set(editor.auth)
      .send({
        question: 'Alors ?',
        options: ['Oui', 'Non'],
        mode: 'single',
        resultsVisibility: 'always',
        allowVoteChange: true,
      })
      .expect(201);
    return { id: response.body.id as string, option: response.body.options[0].id as string };
  };

  describe('login brute force', () => {
    it('per IP, whatever the login name', async () => {
      const from = ip();
      const responses: Response[] = [];
      for (let i = 0; i < 4; i += 1)
        responses.push(
          await t.http
            .post('/api/auth/login')
            .set('X-Forwarded-For', from)
            .send({ login: `x${i}`, password: 'wrong-password' }),
        );
      expectLimited(responses, 3, 401);
    });

    it('per login name, whatever the IP — even the right password is refused once limited', async () => {
      const victim = await newUser(t);
      const responses: Response[] = [];
      for (let i = 0; i < 3; i += 1)
        responses.push(
          await t.http
            .post('/api/auth/login')
            .set('X-Forwarded-For', ip())
            .send({ login: victim.username, password: 'wrong-password' }),
        );
      responses.push(
        await t.http
          .post('/api/auth/login')
          .set('X-Forwarded-For', ip())
          .send({ login: victim.username, password: DEFAULT_PASSWORD }),
      );
      expectLimited(responses, 3, 401);
    });
  });

  it('registration, per IP', async () => {
    const from = ip();
    const responses: Response[] = [];
    for (let i = 0; i < 3; i += 1) {
      const username = `rl_${Date.now().toString(36)}_${i}`;
      responses.push(
        await t.http
          .post('/api/auth/register')
          .set('X-Forwarded-For', from)
          .send({ username, email: `${username}@example.test`, password: DEFAULT_PASSWORD }),
      );
    }
    expectLimited(responses, 2, 201);
  });

  describe('posting', () => {
    it('per IP, across accounts', async () => {
      const from = ip();
      const authors = await users(4);
      const responses: Response[] = [];
      for (const author of authors)
        responses.push(
          await t.http
            .post(`/api/threads/${article.threadId}/posts`)
            .set(author.auth)
            .set('X-Forwarded-For', from)
            .send({ body: 'Avis' }),
        );
      expectLimited(responses, 3, 201);
    });

    it('per account, across IPs', async () => {
      const author = await newUser(t);
      const responses: Response[] = [];
      for (let i = 0; i < 4; i += 1)
        responses.push(
          await t.http
            .post(`/api/threads/${article.threadId}/posts`)
            .set(author.auth)
            .set('X-Forwarded-For', ip())
            .send({ body: 'Avis' }),
        );
      expectLimited(responses, 3, 201);
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM posts WHERE author_id = $1`, [author.id]);
      expect(n).toBe(3);
    });
  });

  describe('flagging', () => {
    it('per IP, across accounts', async () => {
      const from = ip();
      const [target] = await posts(1);
      const flaggers = await users(4);
      const responses: Response[] = [];
      for (const flagger of flaggers)
        responses.push(
          await t.http
            .post(`/api/posts/${target}/flags`)
            .set(flagger.auth)
            .set('X-Forwarded-For', from)
            .send({ reason: 'spam' }),
        );
      expectLimited(responses, 3, 201);
    });

    it('per account, across IPs', async () => {
      const flagger = await newUser(t);
      const targets = await posts(4);
      const responses: Response[] = [];
      for (const target of targets)
        responses.push(
          await t.http
            .post(`/api/posts/${target}/flags`)
            .set(flagger.auth)
            .set('X-Forwarded-For', ip())
            .send({ reason: 'spam' }),
        );
      expectLimited(responses, 3, 201);
    });
  });

  describe('error reports', () => {
    it('per IP, anonymous', async () => {
      const from = ip();
      const responses: Response[] = [];
      for (const quote of PHRASES.slice(0, 4))
        responses.push(
          await t.http.post(`/api/articles/${article.slug}/error-reports`).set('X-Forwarded-For', from).send({ quote }),
        );
      expectLimited(responses, 3, 201);
    });

    it('per account, across IPs', async () => {
      const reporter = await newUser(t);
      const responses: Response[] = [];
      for (const quote of PHRASES.slice(0, 4))
        responses.push(
          await t.http
            .post(`/api/articles/${article.slug}/error-reports`)
            .set(reporter.auth)
            .set('X-Forwarded-For', ip())
            .send({ quote }),
        );
      expectLimited(responses, 3, 201);
    });
  });

  describe('post votes', () => {
    it('per IP, across accounts', async () => {
      const from = ip();
      const [target] = await posts(1);
      const voters = await users(5);
      const responses: Response[] = [];
      for (const voter of voters)
        responses.push(
          await t.http.put(`/api/posts/${target}/vote`).set(voter.auth).set('X-Forwarded-For', from).send({ value: 1 }),
        );
      expectLimited(responses, 4, 200);
    });

    it('per account, across IPs (withdrawals count too)', async () => {
      const voter = await newUser(t);
      const targets = await posts(3);
      const responses: Response[] = [];
      for (const target of targets)
        responses.push(
          await t.http
            .put(`/api/posts/${target}/vote`)
            .set(voter.auth)
            .set('X-Forwarded-For', ip())
            .send({ value: -1 }),
        );
      responses.push(await t.http.delete(`/api/posts/${targets[0]}/vote`).set(voter.auth).set('X-Forwarded-For', ip()));
      responses.push(
        await t.http
          .put(`/api/posts/${targets[1]}/vote`)
          .set(voter.auth)
          .set('X-Forwarded-For', ip())
          .send({ value: 1 }),
      );
      expectLimited(responses, 4, 200);
    });
  });

  describe('poll votes', () => {
    it('per IP, across accounts', async () => {
      const from = ip();
      const target = await poll();
      const voters = await users(5);
      const responses: Response[] = [];
      for (const voter of voters)
        responses.push(
          await t.http
            .put(`/api/polls/${target.id}/vote`)
            .set(voter.auth)
            .set('X-Forwarded-For', from)
            .send({ optionIds: [target.option] }),
        );
      expectLimited(responses, 4, 200);
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM poll_ballots WHERE poll_id = $1`, [target.id]);
      expect(n).toBe(4);
    });

    it('per account, across IPs', async () => {
      const voter = await newUser(t);
      const polls = [await poll(), await poll(), await poll(), await poll(), await poll()];
      const responses: Response[] = [];
      for (const target of polls)
        responses.push(
          await t.http
            .put(`/api/polls/${target.id}/vote`)
            .set(voter.auth)
            .set('X-Forwarded-For', ip())
            .send({ optionIds: [target.option] }),
        );
      expectLimited(responses, 4, 200);
    });
  });

  describe('search', () => {
    it('per IP, anonymous: the 4th search within a minute is refused', async () => {
      const from = ip();
      const responses: Response[] = [];
      for (const q of ['point', 'premier', 'deuxième', 'troisième'])
        responses.push(await t.http.get('/api/search').query({ q }).set('X-Forwarded-For', from));
      expectLimited(responses, 3, 200);
    });

    it('another IP still searches', async () => {
      const limited = ip();
      for (let i = 0; i < 4; i += 1)
        await t.http.get('/api/search').query({ q: 'point' }).set('X-Forwarded-For', limited);
      await t.http.get('/api/search').query({ q: 'point' }).set('X-Forwarded-For', ip()).expect(200);
    });
  });
});
