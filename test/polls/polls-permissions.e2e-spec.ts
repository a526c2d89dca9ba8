import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../support/app.js';
import { newCast, newUser, type Cast } from '../support/factories.js';
import { checkMatrix } from '../support/permission-matrix.js';
import { declaredRoutes } from '../support/routes.js';
import { createPoll, newArticle, pollBody, type CreatedPoll, type TestArticle } from './poll-fixtures.js';

describe('polls: permission matrix', () => {
  let t: TestApp;
  let cast: Cast;
  let article: TestArticle;
  let poll: CreatedPoll;

  beforeAll(async () => {
    t = await startTestApp();
    cast = await newCast(t);
    article = await newArticle(t, cast.editor);
    poll = await createPoll(t, cast.editor, article, { mode: 'single', allowVoteChange: true });
  });
  afterAll(async () => t.close());

  it('declares an access rule on every poll route', () => {
    const routes = declaredRoutes(t.app).filter((route) => route.controller === 'PollsController');
    expect(routes.map((route) => `${route.method} ${route.path}`).sort()).toEqual(
      [
        'DELETE /polls/:id/vote',
        'GET /polls/:id',
        'POST /articles/:slug/polls',
        'POST /polls/:id/close',
        'PUT /polls/:id/vote',
      ].sort(),
    );
    expect(routes.filter((route) => route.access === 'none')).toEqual([]);
  });

  it('POST /api/articles/:slug/polls: editors and admins only', async () => {
    await expect(
      checkMatrix(t, cast, {
        method: 'post',
        route: '/api/articles/:slug/polls',
        path: () => `/api/articles/${article.slug}/polls`,
        body: () => pollBody(),
        expect: {
          anonymous: 401,
          reader: 403,
          otherReader: 403,
          editor: 201,
          moderator: 403,
          admin: 201,
          suspended: 403,
          banned: 403,
        },
      }),
    ).resolves.toEqual([]);
  });

  it('POST /api/articles/:slug/polls: a suspended or banned editor may not create', async () => {
    const suspendedEditor = await newUser(t, { role: 'editor', status: 'suspended' });
    const bannedEditor = await newUser(t, { role: 'editor', status: 'banned' });
    for (const user of [suspendedEditor, bannedEditor]) {
      await t.http.post(`/api/articles/${article.slug}/polls`).set(user.auth).send(pollBody()).expect(403);
    }
  });

  it('GET /api/polls/:id: anyone, suspended and banned included', async () => {
    await expect(
      checkMatrix(t, cast, {
        method: 'get',
        route: '/api/polls/:id',
        path: () => `/api/polls/${poll.id}`,
        expect: {
          anonymous: 200,
          reader: 200,
          otherReader: 200,
          editor: 200,
          moderator: 200,
          admin: 200,
          suspended: 200,
          banned: 200,
        },
      }),
    ).resolves.toEqual([]);
  });

  it('PUT /api/polls/:id/vote: active signed-in users only', async () => {
    await expect(
      checkMatrix(t, cast, {
        method: 'put',
        route: '/api/polls/:id/vote',
        path: () => `/api/polls/${poll.id}/vote`,
        body: () => ({ optionIds: [poll.options[0]!.id] }),
        expect: {
          anonymous: 401,
          reader: 200,
          otherReader: 200,
          editor: 200,
          moderator: 200,
          admin: 200,
          suspended: 403,
          banned: 403,
        },
      }),
    ).resolves.toEqual([]);
  });

  it('DELETE /api/polls/:id/vote: active signed-in users only', async () => {
    await expect(
      checkMatrix(t, cast, {
        method: 'delete',
        route: '/api/polls/:id/vote',
        path: () => `/api/polls/${poll.id}/vote`,
        expect: {
          anonymous: 401,
          reader: 204,
          otherReader: 204,
          editor: 204,
          moderator: 204,
          admin: 204,
          suspended: 403,
          banned: 403,
        },
      }),
    ).resolves.toEqual([]);
  });

  it('POST /api/polls/:id/close: editors and admins only', async () => {
    const target = await createPoll(t, cast.editor, article);
    await expect(
      checkMatrix(t, cast, {
        method: 'post',
        route: '/api/polls/:id/close',
        path: () => `/api/polls/${target.id}/close`,
        expect: {
          anonymous: 401,
          reader: 403,
          otherReader: 403,
          moderator: 403,
          suspended: 403,
          banned: 403,
          editor: 200,
          admin: 200,
        },
      }),
    ).resolves.toEqual([]);
  });

  it('answers 404 for an unknown article, an unknown poll and a malformed id', async () => {
    await t.http.post('/api/articles/nope-nope/polls').set(cast.editor.auth).send(pollBody()).expect(404);
    await t.http.post('/api/articles/%00/polls').set(cast.editor.auth).send(pollBody()).expect(404);
    await t.http
      .post(`/api/articles/${'x'.repeat(300)}/polls`)
      .set(cast.editor.auth)
      .send(pollBody())
      .expect(404);
    const unknown = randomUUID();
    await t.http.get(`/api/polls/${unknown}`).expect(404);
    await t.http.get('/api/polls/not-a-uuid').expect(404);
    await t.http
      .put(`/api/polls/${unknown}/vote`)
      .set(cast.reader.auth)
      .send({ optionIds: [randomUUID()] })
      .expect(404);
    await t.http
      .put('/api/polls/123/vote')
      .set(cast.reader.auth)
      .send({ optionIds: [randomUUID()] })
      .expect(404);
    await t.http.delete(`/api/polls/${unknown}/vote`).set(cast.reader.auth).expect(404);
    await t.http.post(`/api/polls/${unknown}/close`).set(cast.editor.auth).expect(404);
  });

  it('rate-limits votes per IP with 429 and Retry-After', async () => {
    // This file runs with the default limit (60 votes a minute per IP); the tests above used a few.
    const voter = await newUser(t);
    const responses = [];
    for (let i = 0; i < 61; i += 1) {
      responses.push(
        await t.http
          .put(`/api/polls/${poll.id}/vote`)
          .set(voter.auth)
          .send({ optionIds: [poll.options[i % 3]!.id] }),
      );
    }
    const limited = responses.filter((response) => response.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0]!.headers['retry-after']).toMatch(/^\d+$/);
    expect(responses.every((response) => response.status === 200 || response.status === 429)).toBe(true);
  });
});
