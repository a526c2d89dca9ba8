import { searchStatement } from '../../src/modules/search/search.service.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { newCast, newUser, type Cast, type TestUser } from '../support/factories.js';
import { checkMatrix } from '../support/permission-matrix.js';
import { insertArticle, insertPost, type ArticleFixture } from '../support/sql-fixtures.js';

interface Item {
  type: 'post' | 'article';
  id: string;
  articleSlug: string;
  articleTitle: string;
  threadId?: string;
  number?: number;
  author: { username: string; displayName: string } | null;
  excerpt: string;
  createdAt: string;
}

describe('GET /api/search', () => {
  let t: TestApp;
  let cast: Cast;
  let writer: TestUser;
  let article: ArticleFixture;

  beforeAll(async () => {
    t = await startTestApp();
    cast = await newCast(t);
    writer = await newUser(t, { role: 'editor' });
    article = await insertArticle(t, {
      authorId: writer.id,
      title: 'Le calendrier du scrutin',
      summary: 'Ce que change la réforme.',
      body: 'Le gouvernement a publié le calendrier.',
    });
  });
  afterAll(async () => t.close());

  const search = async (query: Record<string, string | number>) => {
    const response = await t.http.get('/api/search').query(query).expect(200);
    return response.body as { items: Item[]; nextCursor: string | null };
  };

  it('is accent- and plural-insensitive: "election presidentielle" finds "élections présidentielles"', async () => {
    const post = await insertPost(t, {
      threadId: article.threadId,
      authorId: cast.reader.id,
      body: 'Les élections présidentielles approchent, et personne ne parle du fond.',
    });
    const { items } = await search({ q: 'election presidentielle' });
    const hit = items.find((item) => item.id === post.id);
    expect(hit).toMatchObject({
      type: 'post',
      articleSlug: article.slug,
      articleTitle: 'Le calendrier du scrutin',
      threadId: article.threadId,
      number: post.number,
      author: { username: cast.reader.username, displayName: cast.reader.username },
    });
    expect(hit!.excerpt).toContain('<mark>élections</mark> <mark>présidentielles</mark>');
  });

  it('finds an edited post by its new words only (the stored search vector follows the body)', async () => {
    const post = await insertPost(t, {
      threadId: article.threadId,
      authorId: cast.reader.id,
      body: 'Les vendanges commencent tôt cette année dans le vignoble.',
    });
    expect((await search({ q: 'vendanges' })).items.map((item) => item.id)).toContain(post.id);
    await t.http
      .patch(`/api/posts/${post.id}`)
      .set(cast.reader.auth)
      .send({ body: 'Les moissons commencent tôt cette année dans la plaine.' })
      .expect(200);
    expect((await search({ q: 'moisson' })).items.map((item) => item.id)).toContain(post.id);
    expect((await search({ q: 'vendanges' })).items.map((item) => item.id)).not.toContain(post.id);
  });

  it('finds articles by title, summary or body, with the article as the hit', async () => {
    const other = await insertArticle(t, {
      authorId: writer.id,
      title: 'La biodiversité en Camargue',
      body: 'Flamants et taureaux.',
    });
    const { items } = await search({ q: 'camargue' });
    expect(items).toEqual([
      expect.objectContaining({
        type: 'article',
        id: other.id,
        articleSlug: other.slug,
        author: expect.objectContaining({ username: writer.username }),
      }),
    ]);
    expect(items[0].excerpt).toContain('<mark>Camargue</mark>');
    expect(items[0]).not.toHaveProperty('number');
  });

  it('never returns hidden, pending or deleted posts, nor unpublished articles', async () => {
    const visible = await insertPost(t, {
      threadId: article.threadId,
      authorId: cast.reader.id,
      body: 'Le mot zorglub est visible.',
    });
    for (const status of ['hidden', 'pending', 'deleted'] as const) {
      await insertPost(t, {
        threadId: article.threadId,
        authorId: cast.reader.id,
        body: `Le mot zorglub est ${status}.`,
        status,
      });
    }
    const future = await insertArticle(t, {
      authorId: writer.id,
      title: 'Zorglub demain',
      publishedAt: new Date(Date.now() + 86_400_000),
    });
    await insertPost(t, { threadId: future.threadId, authorId: cast.reader.id, body: 'zorglub sous embargo' });
    const { items } = await search({ q: 'zorglub' });
    expect(items.map((item) => item.id)).toEqual([visible.id]);
  });

  it('scopes to one article and its thread with ?article=', async () => {
    const a = await insertArticle(t, {
      authorId: writer.id,
      title: 'Retraites : le débat',
      body: 'La réforme des retraites.',
    });
    const b = await insertArticle(t, { authorId: writer.id, title: 'Autre sujet', body: 'Rien à voir.' });
    const inA = await insertPost(t, { threadId: a.threadId, authorId: cast.reader.id, body: 'Les retraites, encore.' });
    await insertPost(t, { threadId: b.threadId, authorId: cast.reader.id, body: 'Les retraites aussi ici.' });

    const everywhere = await search({ q: 'retraite' });
    expect(new Set(everywhere.items.map((item) => item.articleSlug))).toEqual(new Set([a.slug, b.slug]));

    const scoped = await search({ q: 'retraite', article: a.slug });
    expect(scoped.items.map((item) => [item.type, item.id]).sort()).toEqual(
      [
        ['article', a.id],
        ['post', inA.id],
      ].sort(),
    );
    const missing = await t.http.get('/api/search').query({ q: 'retraite', article: 'nope' }).expect(404);
    expect(missing.headers['content-type']).toMatch(/problem\+json/);
  });

  it('pages through every result exactly once, in rank order, ties broken by id', async () => {
    const topic = await insertArticle(t, { authorId: writer.id, title: 'Transports' });
    const ids: string[] = [];
    for (let i = 0; i < 23; i += 1) {
      // Three rank levels with many ties, so the cursor must carry (rank, id) exactly.
      const body =
        i % 3 === 0
          ? 'tramway tramway tramway ligne'
          : i % 3 === 1
            ? 'tramway et bus'
            : 'le tramway, le métro, le bus, le train, le vélo';
      ids.push((await insertPost(t, { threadId: topic.threadId, authorId: cast.reader.id, body })).id);
    }
    const seen: Item[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: { items: Item[]; nextCursor: string | null } = await search({
        q: 'tramway',
        limit: 5,
        ...(cursor ? { cursor } : {}),
      });
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 20);
    expect(pages).toBe(5);
    expect(seen.map((item) => item.id).sort()).toEqual([...ids].sort());
    expect(new Set(seen.map((item) => item.id)).size).toBe(23);
    // the first page holds the posts that repeat the word
    expect(seen.slice(0, 8).every((item) => item.excerpt.includes('<mark>tramway</mark> <mark>tramway</mark>'))).toBe(
      true,
    );
  });

  it('serves excerpts whose only markup is <mark>, whatever the post contains', async () => {
    const body =
      'Le vaccin <script>alert("x")</script> <img src=x onerror=alert(1)> <b onclick="steal()">fin</b> & "guillemets" \u0001faux\u0002';
    const post = await insertPost(t, { threadId: article.threadId, authorId: cast.reader.id, body });
    const { items } = await search({ q: 'vaccin' });
    const hit = items.find((item) => item.id === post.id)!;
    expect(hit.excerpt).toContain('<mark>vaccin</mark>');
    const withoutMarks = hit.excerpt.replace(/<\/?mark>/g, '');
    expect(withoutMarks).not.toMatch(/[<>"\u0001\u0002]/);
    expect(withoutMarks).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(hit.excerpt.match(/<mark>/g)).toHaveLength(1);
  });

  it('accepts websearch syntax: quoted phrases and exclusions', async () => {
    const topic = await insertArticle(t, { authorId: writer.id, title: 'Énergie' });
    const nuclear = await insertPost(t, {
      threadId: topic.threadId,
      authorId: cast.reader.id,
      body: 'La centrale nucléaire de Flamanville.',
    });
    const solar = await insertPost(t, {
      threadId: topic.threadId,
      authorId: cast.reader.id,
      body: 'Une centrale solaire, pas nucléaire du tout.',
    });
    expect((await search({ q: '"centrale nucleaire"' })).items.map((item) => item.id)).toEqual([nuclear.id]);
    expect((await search({ q: 'centrale -solaire' })).items.map((item) => item.id)).toEqual([nuclear.id]);
    expect((await search({ q: 'centrale or flamanville' })).items.map((item) => item.id).sort()).toEqual(
      [nuclear.id, solar.id].sort(),
    );
  });

  it('gives an anonymized author as null', async () => {
    const gone = await newUser(t);
    const post = await insertPost(t, {
      threadId: article.threadId,
      authorId: gone.id,
      body: 'Un message sur la canicule.',
    });
    await t.db.query(
      `UPDATE users SET username = NULL, email = NULL, display_name = NULL, anonymized_at = now() WHERE id = $1`,
      [gone.id],
    );
    const { items } = await search({ q: 'canicule' });
    expect(items.find((item) => item.id === post.id)?.author).toBeNull();
  });

  describe('validation', () => {
    it.each([
      ['q missing', {}, 'q'],
      ['q empty', { q: '' }, 'q'],
      ['q over 200 characters', { q: 'a'.repeat(201) }, 'q'],
      ['limit 0', { q: 'x', limit: 0 }, 'limit'],
      ['limit 101', { q: 'x', limit: 101 }, 'limit'],
      ['unknown field', { q: 'x', sort: 'new' }, 'sort'],
      ['q with a NUL character', { q: 'a\u0000b' }, 'q'],
      ['article with a NUL character', { q: 'x', article: 'a\u0000' }, 'article'],
    ])('refuses %s with 400 naming the field', async (_name, query, field) => {
      const response = await t.http.get('/api/search').query(query).expect(400);
      expect(response.headers['content-type']).toMatch(/problem\+json/);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    });

    it('refuses a repeated q (an array) with 400', async () => {
      await t.http.get('/api/search?q=a&q=b').expect(400);
    });

    it.each([
      ['not base64 json', 'nope'],
      ['wrong shape', Buffer.from(JSON.stringify(['x', 1])).toString('base64url')],
      ['id not a uuid', Buffer.from(JSON.stringify([0.5, "x' OR 1=1"])).toString('base64url')],
    ])('refuses a tampered cursor (%s) with 400', async (_name, cursor) => {
      const response = await t.http.get('/api/search').query({ q: 'tramway', cursor }).expect(400);
      expect(response.body.errors[0].field).toBe('cursor');
    });

    it('accepts 200 characters, and a query of stop words only gives no results', async () => {
      await t.http
        .get('/api/search')
        .query({ q: 'a'.repeat(200) })
        .expect(200);
      expect((await search({ q: 'le la de et' })).items).toEqual([]);
      expect((await search({ q: '!!! & |' })).items).toEqual([]);
    });
  });

  it('uses the GIN indexes (posts_search_idx on search_vector, articles_search_idx)', async () => {
    const bulk = await insertArticle(t, { authorId: writer.id, title: 'Volume' });
    await t.db.query(
      `WITH counter AS (UPDATE threads SET post_count = post_count + 5000 WHERE id = $1 RETURNING post_count - 5000 AS base)
       INSERT INTO posts (thread_id, number, author_id, body, html)
       SELECT $1, counter.base + g, $2, 'Message numéro ' || g || ' sur le sujet ' || md5(g::text), ''
         FROM counter, generate_series(1, 5000) AS g`,
      [bulk.threadId, cast.reader.id],
    );
    await t.db.query(
      `INSERT INTO articles (slug, title, summary, body, body_html, author_id)
       SELECT 'bulk-' || g, 'Article ' || md5(g::text), '', 'Corps ' || md5((g * 7)::text), '', $1 FROM generate_series(1, 3000) AS g`,
      [writer.id],
    );
    // VACUUM as autovacuum would: it moves the GIN index's pending list (fastupdate) into
    // the index proper, which the planner otherwise costs as a scan of every pending entry.
    await t.db.query(`VACUUM ANALYZE posts`);
    await t.db.query(`ANALYZE articles`);
    const statement = searchStatement({ q: 'election presidentielle', limit: 51 });
    const plan: Array<{ 'QUERY PLAN': string }> = await t.db.query(`EXPLAIN ${statement.sql}`, statement.params);
    const text = plan.map((row) => row['QUERY PLAN']).join('\n');
    expect(text).toContain('posts_search_idx');
    expect(text).toContain('articles_search_idx');
  });

  it('is public: every caller gets 200 (permission matrix)', async () => {
    const all = 200;
    await expect(
      checkMatrix(t, cast, {
        method: 'get',
        route: '/api/search',
        path: () => '/api/search?q=election',
        expect: {
          anonymous: all,
          reader: all,
          otherReader: all,
          editor: all,
          moderator: all,
          admin: all,
          suspended: all,
          banned: all,
        },
      }),
    ).resolves.toEqual([]);
  });
});
