import { startTestApp, type TestApp } from '../support/app.js';
import { createArticle, createPost } from '../support/discussions.js';
import { newCast, type Cast } from '../support/factories.js';
import { checkMatrix, type MatrixRoute } from '../support/permission-matrix.js';

/** Every discussions and notifications route, as each member of the cast. */
describe('discussions: permission matrix', () => {
  let t: TestApp;
  let cast: Cast;
  let threadId: string;

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_FACTOR: '1000' });
    cast = await newCast(t);
    threadId = (await createArticle(t, cast.editor)).threadId;
  });
  afterAll(async () => t.close());

  const everyone200 = {
    anonymous: 200,
    reader: 200,
    otherReader: 200,
    editor: 200,
    moderator: 200,
    admin: 200,
    suspended: 200,
    banned: 200,
  };
  const signedIn200 = { ...everyone200, anonymous: 401 };

  /** A fresh post by the reader ("owner") for each route that changes it. */
  const ownPost = async () => (await createPost(t, cast.reader, threadId)).id;

  it('GET /api/threads/:id', async () => {
    const route: MatrixRoute = {
      method: 'get',
      route: '/api/threads/:id',
      path: () => `/api/threads/${threadId}`,
      expect: everyone200,
    };
    await expect(checkMatrix(t, cast, route)).resolves.toEqual([]);
  });

  it('GET /api/threads/:id/posts', async () => {
    const route: MatrixRoute = {
      method: 'get',
      route: '/api/threads/:id/posts',
      path: () => `/api/threads/${threadId}/posts`,
      expect: everyone200,
    };
    await expect(checkMatrix(t, cast, route)).resolves.toEqual([]);
  });

  it('POST /api/threads/:id/posts', async () => {
    const route: MatrixRoute = {
      method: 'post',
      route: '/api/threads/:id/posts',
      path: () => `/api/threads/${threadId}/posts`,
      body: () => ({ body: 'Bonjour' }),
      expect: {
        anonymous: 401,
        reader: 201,
        otherReader: 201,
        editor: 201,
        moderator: 201,
        admin: 201,
        suspended: 403,
        banned: 403,
      },
    };
    await expect(checkMatrix(t, cast, route)).resolves.toEqual([]);
  });

  it('GET /api/posts/:id', async () => {
    const id = await ownPost();
    const route: MatrixRoute = {
      method: 'get',
      route: '/api/posts/:id',
      path: () => `/api/posts/${id}`,
      expect: everyone200,
    };
    await expect(checkMatrix(t, cast, route)).resolves.toEqual([]);
  });

  it('PATCH /api/posts/:id', async () => {
    const id = await ownPost();
    const route: MatrixRoute = {
      method: 'patch',
      route: '/api/posts/:id',
      path: () => `/api/posts/${id}`,
      body: () => ({ body: 'Corrigé', reason: 'coquille' }),
      owner: () => cast.reader,
      expect: {
        anonymous: 401,
        owner: 200,
        otherReader: 403,
        editor: 403,
        moderator: 200,
        admin: 200,
        suspended: 403,
        banned: 403,
      },
    };
    await expect(checkMatrix(t, cast, route)).resolves.toEqual([]);
  });

  it('GET /api/posts/:id/revisions', async () => {
    const id = await ownPost();
    const route: MatrixRoute = {
      method: 'get',
      route: '/api/posts/:id/revisions',
      path: () => `/api/posts/${id}/revisions`,
      owner: () => cast.reader,
      expect: {
        anonymous: 401,
        owner: 200,
        otherReader: 403,
        editor: 403,
        moderator: 200,
        admin: 200,
        suspended: 403,
        banned: 403,
      },
    };
    await expect(checkMatrix(t, cast, route)).resolves.toEqual([]);
  });

  it('DELETE /api/posts/:id (the owner last, once everyone else was refused)', async () => {
    const id = await ownPost();
    const route: MatrixRoute = {
      method: 'delete',
      route: '/api/posts/:id',
      path: () => `/api/posts/${id}`,
      owner: () => cast.reader,
      expect: {
        anonymous: 401,
        otherReader: 403,
        editor: 403,
        moderator: 403,
        admin: 403,
        suspended: 403,
        banned: 403,
        owner: 204,
      },
    };
    await expect(checkMatrix(t, cast, route)).resolves.toEqual([]);
  });

  it('PUT /api/posts/:id/vote', async () => {
    const id = await ownPost();
    const route: MatrixRoute = {
      method: 'put',
      route: '/api/posts/:id/vote',
      path: () => `/api/posts/${id}/vote`,
      body: () => ({ value: 1 }),
      owner: () => cast.reader,
      expect: {
        anonymous: 401,
        owner: 422,
        otherReader: 200,
        editor: 200,
        moderator: 200,
        admin: 200,
        suspended: 403,
        banned: 403,
      },
    };
    await expect(checkMatrix(t, cast, route)).resolves.toEqual([]);
  });

  it('DELETE /api/posts/:id/vote', async () => {
    const id = await ownPost();
    const route: MatrixRoute = {
      method: 'delete',
      route: '/api/posts/:id/vote',
      path: () => `/api/posts/${id}/vote`,
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
    };
    await expect(checkMatrix(t, cast, route)).resolves.toEqual([]);
  });

  it('GET /api/me/notifications', async () => {
    const route: MatrixRoute = {
      method: 'get',
      route: '/api/me/notifications',
      path: () => '/api/me/notifications',
      expect: signedIn200,
    };
    await expect(checkMatrix(t, cast, route)).resolves.toEqual([]);
  });

  it('POST /api/me/notifications/read (suspended and banned users may still mark theirs read)', async () => {
    const route: MatrixRoute = {
      method: 'post',
      route: '/api/me/notifications/read',
      path: () => '/api/me/notifications/read',
      body: () => ({ all: true }),
      expect: signedIn200,
    };
    await expect(checkMatrix(t, cast, route)).resolves.toEqual([]);
  });

  it('malformed ids are 404, never 500', async () => {
    await t.http.get('/api/threads/not-a-uuid').expect(404);
    await t.http.get('/api/posts/123/revisions').set(cast.reader.auth).expect(404);
    await t.http.put('/api/posts/zzz/vote').set(cast.reader.auth).send({ value: 1 }).expect(404);
  });
});
