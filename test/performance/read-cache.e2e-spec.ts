import { jest } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import { createArticle, createPost } from '../support/discussions.js';
import { newUser, type TestUser } from '../support/factories.js';
import { ReadCacheService } from '../../src/platform/read-cache/read-cache.service.js';

interface Post {
  id: string;
  score: number;
  body: string | null;
  author: { username: string | null; displayName: string };
  myVote?: number | null;
  permissions: { canEdit: boolean; canDelete: boolean };
}
/** A thread page, a thread header or an article: the fields these tests read. */
type Page = { items: Post[]; postCount: number; title: string; thread: { postCount: number } };

/*
 * The anonymous read cache on one instance: what it serves, to whom, with which
 * headers, and that it stops serving the moment its LISTEN connection is lost.
 * (Invalidation across instances: test/scale/read-cache-two-instances.)
 */
describe('anonymous read cache', () => {
  let t: TestApp;
  let editor: TestUser;
  let author: TestUser;
  let voter: TestUser;
  let article: { slug: string; id: string; threadId: string };
  let postId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [editor, author, voter] = await Promise.all([newUser(t, { role: 'editor' }), newUser(t), newUser(t)]);
    article = await createArticle(t, editor, { title: 'Le cache anonyme' });
    postId = (await createPost(t, author, article.threadId, 'Premier avis.')).id;
    await t.app.get(ReadCacheService).whenListening();
  });
  afterAll(() => t.close());

  /** Reads until `accept` holds (an invalidation travels through PostgreSQL), at most `timeoutMs`. */
  async function readUntil(path: string, accept: (body: Page) => boolean, timeoutMs = 3000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const response = await t.http.get(path);
      if (accept(response.body) || Date.now() > deadline) return response;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /**
   * Reads until the answer comes from the cache: an invalidation from an earlier write may
   * still be on its way and void the first stored copy (that is the cache being exact).
   */
  async function expectHit(path: string) {
    let response = await t.http.get(path);
    for (let i = 0; i < 50 && response.headers['x-cache'] !== 'HIT'; i += 1) response = await t.http.get(path);
    expect(response.headers['x-cache']).toBe('HIT');
    return response;
  }

  it('serves the second anonymous read of a page from memory, with a strong ETag and CDN headers', async () => {
    const path = `/api/threads/${article.threadId}/posts?limit=10`;
    const first = await t.http.get(path);
    expect(first.status).toBe(200);
    expect(first.headers['x-cache']).toBe('MISS');
    const second = await expectHit(path);
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(second.headers['etag']).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(second.headers['etag']).toBe(first.headers['etag']);
    expect(second.headers['cache-control']).toBe('public, no-cache');
    expect(second.headers['vary']).toBe('Accept-Language, Authorization');
    expect(second.headers['content-type']).toBe('application/json; charset=utf-8');
    // The contract's security headers and request id are there on a hit too.
    expect(second.headers['content-security-policy']).toContain("script-src 'self'");
    expect(second.headers['x-request-id']).toBeTruthy();

    const notModified = await t.http.get(path).set('If-None-Match', second.headers['etag']);
    expect(notModified.status).toBe(304);
    expect(notModified.text).toBe('');
    const changed = await t.http.get(path).set('If-None-Match', '"something-else"');
    expect(changed.status).toBe(200);
  });

  it('keys by language: a French reader gets French placeholders, never the English page', async () => {
    const [row] = await t.db.query(
      `INSERT INTO users (username, email) VALUES ('parti', 'parti@example.test') RETURNING id`,
    );
    await t.db.query(
      `INSERT INTO posts (thread_id, number, author_id, body, html)
      SELECT $1, post_count + 1000, $2, 'x', '<p>x</p>' FROM threads WHERE id = $1`,
      [article.threadId, row.id],
    );
    await t.db.query(`UPDATE users SET anonymized_at = now(), username = NULL WHERE id = $1`, [row.id]);
    const path = `/api/threads/${article.threadId}/posts?limit=100`;
    const en = await readUntil(path, (body) => body.items.some((p: Post) => p.author.username === null));
    const fr = await t.http.get(path).set('Accept-Language', 'fr-FR,fr;q=0.9');
    // The erasure's invalidation (of everything) may land just after the English read.
    const enAgain = await expectHit(path);
    const name = (body: Page) => body.items.find((p: Post) => p.author.username === null)?.author.displayName;
    expect(name(fr.body)).not.toBe(name(en.body));
    expect(name(enAgain.body)).toBe(name(en.body));
  });

  it("never shows a signed-in reader's vote or permissions to an anonymous reader, whichever read first", async () => {
    const path = `/api/threads/${article.threadId}/posts`;
    expect((await t.http.put(`/api/posts/${postId}/vote`).set(voter.auth).send({ value: 1 })).status).toBe(200);
    // The signed-in reads come first and between anonymous ones: none of them is stored or served from the cache.
    for (const reader of [author, voter, author]) {
      const signedIn = await t.http.get(path).set(reader.auth);
      expect(signedIn.headers['cache-control']).toBe('private, no-cache');
      expect(signedIn.headers['x-cache']).toBeUndefined();
      const mine = signedIn.body.items.find((p: Post) => p.id === postId);
      expect(mine.myVote).toBe(reader === voter ? 1 : null);
      expect(mine.permissions.canEdit).toBe(reader === author);

      const anonymous = await readUntil(path, (body) => body.items.find((p: Post) => p.id === postId)?.score === 1);
      const post = (anonymous.body as Page).items.find((p: Post) => p.id === postId)!;
      expect(post.score).toBe(1);
      expect('myVote' in post).toBe(false);
      expect(post.permissions).toEqual({ canEdit: false, canDelete: false });
      expect(anonymous.headers['cache-control']).toBe('public, no-cache');
    }
    // A stale token on this public page reads as anonymous, but is not stored nor served from the cache.
    const stale = await t.http.get(path).set('Authorization', 'Bearer not-a-token');
    expect(stale.status).toBe(200);
    expect(stale.headers['x-cache']).toBeUndefined();
  });

  it('a vote, an edit and a new post reach the anonymous page within the event delay', async () => {
    const path = `/api/threads/${article.threadId}/posts?limit=100`;
    await t.http.get(path);
    await expectHit(path);
    const reader = await newUser(t);
    await t.http.put(`/api/posts/${postId}/vote`).set(reader.auth).send({ value: 1 }).expect(200);
    const voted = await readUntil(path, (body) => body.items.find((p: Post) => p.id === postId)?.score === 2);
    expect(voted.body.items.find((p: Post) => p.id === postId)?.score).toBe(2);

    await t.http.patch(`/api/posts/${postId}`).set(author.auth).send({ body: 'Avis corrigé.' }).expect(200);
    const edited = await readUntil(
      path,
      (body) => body.items.find((p: Post) => p.id === postId)?.body === 'Avis corrigé.',
    );
    expect(edited.body.items.find((p: Post) => p.id === postId)?.body).toBe('Avis corrigé.');

    const created = await createPost(t, author, article.threadId, 'Un nouvel avis.');
    const listed = await readUntil(path, (body) => body.items.some((p: Post) => p.id === created.id));
    expect(listed.body.items.some((p: Post) => p.id === created.id)).toBe(true);
  });

  it('caches the article page and the thread header, and a thread change reaches both', async () => {
    const articlePath = `/api/articles/${article.slug}`;
    const threadPath = `/api/threads/${article.threadId}`;
    await t.http.get(articlePath);
    await t.http.get(threadPath);
    await expectHit(articlePath);
    await expectHit(threadPath);
    const before = (await t.http.get(articlePath)).body.thread.postCount as number;
    await createPost(t, author, article.threadId, 'Encore un avis.');
    const page = await readUntil(articlePath, (body) => body.thread.postCount === before + 1);
    expect(page.body.thread.postCount).toBe(before + 1);
    const header = await readUntil(threadPath, (body) => body.postCount === before + 1);
    expect(header.body.postCount).toBe(before + 1);

    await t.http.patch(articlePath).set(editor.auth).send({ title: 'Le cache, corrigé' }).expect(200);
    const renamed = await readUntil(threadPath, (body) => body.title === 'Le cache, corrigé');
    expect(renamed.body.title).toBe('Le cache, corrigé');
  });

  it('an article page cached while its discussion is open expires at its closing time and then shows it locked', async () => {
    const closesAt = Date.now() + 3000;
    const created = await createArticle(t, editor, {
      title: 'Fermeture programmée',
      discussionClosesAt: new Date(closesAt).toISOString(),
    });
    const path = `/api/articles/${created.slug}`;
    await t.http.get(path);
    const cached = await expectHit(path);
    expect(cached.body.thread.status).toBe('open');
    // No write happens at the closing time: the stored page itself ends then.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, closesAt - Date.now()) + 50));
    const after = await t.http.get(path);
    expect(after.headers['x-cache']).toBe('MISS');
    expect(after.body.thread.status).toBe('locked');
  });

  it('neither serves nor stores while its LISTEN connection is down, and serves again once it is back', async () => {
    const cache = t.app.get(ReadCacheService);
    const path = `/api/threads/${article.threadId}`;
    await t.http.get(path);
    await expectHit(path);
    const pid = cache.backendPid;
    expect(pid).not.toBeNull();
    // The listener reconnects by itself after 125–250 ms; a loaded machine may take longer
    // than that to write and read below, so its reconnection is held (then let through,
    // unchanged) until the outage has been observed.
    const listener = (cache as unknown as { listener: { connect(): Promise<void> } }).listener;
    const reconnect = listener.connect.bind(listener);
    let endOutage!: () => void;
    const outageOver = new Promise<void>((resolve) => (endOutage = resolve));
    const hold = jest.spyOn(listener, 'connect').mockImplementation(async () => {
      await outageOver;
      return reconnect();
    });
    try {
      await t.db.query(`SELECT pg_terminate_backend($1)`, [pid]);
      const deadline = Date.now() + 3000;
      while (cache.store.isServing && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
      expect(cache.store.isServing).toBe(false);
      // Meanwhile a write would not be heard: the page is read from the database every time.
      await createPost(t, author, article.threadId, 'Écrit pendant la coupure.');
      const during = await t.http.get(path);
      expect(during.headers['x-cache']).toBe('BYPASS');
      expect((await t.http.get(path)).headers['x-cache']).toBe('BYPASS');
      const [{ post_count }] = await t.db.query(`SELECT post_count FROM threads WHERE id = $1`, [article.threadId]);
      expect(during.body.postCount).toBe(post_count);
      expect(cache.store.isServing).toBe(false);
    } finally {
      endOutage();
      hold.mockRestore();
    }

    await cache.whenListening();
    expect(cache.backendPid).not.toBe(pid);
    expect((await t.http.get(path)).headers['x-cache']).toBe('MISS');
    await expectHit(path);
  });

  it('does not cache errors, and signed-in writes still answer as before', async () => {
    const missing = await t.http.get('/api/threads/00000000-0000-4000-8000-000000000000/posts');
    expect(missing.status).toBe(404);
    expect(missing.headers['x-cache']).toBeUndefined();
    const again = await t.http.get('/api/threads/00000000-0000-4000-8000-000000000000/posts');
    expect(again.status).toBe(404);
    expect(again.headers['content-type']).toContain('application/problem+json');
  });
});
