import { jest } from '@jest/globals';
import type { Actor } from '../../src/common/auth/decorators.js';
import type { Page } from '../../src/common/pagination/cursor.js';
import type { PostResponse } from '../../src/modules/discussions/posts.mapper.js';
import { PostsService } from '../../src/modules/discussions/posts.service.js';
import { ReadCacheService } from '../../src/platform/read-cache/read-cache.service.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { newUser, type TestUser } from '../support/factories.js';
import { recordQueries } from '../support/sql-counter.js';
import { insertArticle } from '../support/sql-fixtures.js';

/*
 * A signed-in reader's thread page is the cached public page plus their own
 * part (PostsService.withReaderPart). It must be exactly the page the database
 * would give them directly, post for post, in every order and on every page,
 * and the public page it is built from must never take on a reader's part.
 */
type ReadPage = (id: string, query: object, viewer: Actor | undefined, language: string) => Promise<Page<PostResponse>>;

describe("a signed-in reader's page: the public page plus their own part", () => {
  let t: TestApp;
  let reader: TestUser;
  let suspended: TestUser;
  let other: TestUser;
  let threadId: string;
  let direct: ReadPage;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(ReadCacheService).whenListening();
    const posts = t.app.get(PostsService);
    direct = (posts as unknown as { readPage: ReadPage }).readPage.bind(posts);
    const editor = await newUser(t, { role: 'editor' });
    reader = await newUser(t);
    suspended = await newUser(t, { status: 'suspended' });
    other = await newUser(t);
    ({ threadId } = await insertArticle(t, { authorId: editor.id }));
    // 14 posts: the reader's, the suspended reader's and another's, in every status;
    // post 7 replies to the reader's post 1.
    const plan: Array<[string, string]> = [
      [reader.id, 'visible'],
      [reader.id, 'pending'],
      [reader.id, 'deleted'],
      [other.id, 'visible'],
      [other.id, 'pending'],
      [other.id, 'hidden'],
      [other.id, 'visible'],
      [suspended.id, 'visible'],
      [suspended.id, 'pending'],
      [reader.id, 'hidden'],
      [other.id, 'visible'],
      [reader.id, 'visible'],
      [other.id, 'visible'],
      [suspended.id, 'visible'],
    ];
    for (const [index, [authorId, status]] of plan.entries()) {
      await t.db.query(
        `INSERT INTO posts (thread_id, number, author_id, body, html, status, deleted_at)
         VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $7 THEN now() END)`,
        [threadId, index + 1, authorId, `Avis ${index + 1}`, `<p>Avis ${index + 1}</p>`, status, status === 'deleted'],
      );
    }
    await t.db.query(
      `UPDATE posts SET reply_to_id = (SELECT id FROM posts WHERE thread_id = $1 AND number = 1)
        WHERE thread_id = $1 AND number = 7`,
      [threadId],
    );
    await t.db.query(`UPDATE threads SET post_count = 14 WHERE id = $1`, [threadId]);
    // Votes: the reader on 4 (+1) and 7 (-1), the suspended reader on 11, the other on the reader's 1 and 12.
    const votes: Array<[string, number, number]> = [
      [reader.id, 4, 1],
      [reader.id, 7, -1],
      [suspended.id, 11, 1],
      [other.id, 1, 1],
      [other.id, 12, -1],
    ];
    for (const [userId, number, value] of votes) {
      await t.db.query(
        `INSERT INTO post_votes (post_id, user_id, value)
         SELECT id, $2, $3 FROM posts WHERE thread_id = $1 AND number = $4`,
        [threadId, userId, value, number],
      );
      await t.db.query(
        `UPDATE posts SET score = score + $3, upvotes = upvotes + ($3 > 0)::int, downvotes = downvotes + ($3 < 0)::int
          WHERE thread_id = $1 AND number = $2`,
        [threadId, number, value],
      );
    }
  });
  afterAll(async () => t.close());

  const actorOf = async (user: TestUser): Promise<Actor> => {
    const [row] = await t.db.query(
      `SELECT id, username::text, role, status, suspended_until, created_at FROM users WHERE id = $1`,
      [user.id],
    );
    return {
      id: row.id,
      username: row.username,
      role: row.role,
      status: row.status,
      suspendedUntil: row.suspended_until,
      createdAt: row.created_at,
    };
  };

  /** Every page of the thread in one order, through HTTP as `user` (or anonymously), following nextCursor. */
  async function walk(sort: string, user: TestUser | null): Promise<Array<Page<PostResponse>>> {
    const pages: Array<Page<PostResponse>> = [];
    let cursor: string | null = null;
    do {
      const query: string = `sort=${sort}&limit=4${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const request = t.http.get(`/api/threads/${threadId}/posts?${query}`);
      const response = user ? await request.set(user.auth) : await request;
      expect(response.status).toBe(200);
      pages.push(response.body);
      cursor = response.body.nextCursor;
    } while (cursor);
    return pages;
  }

  it('equals the page read for the reader directly, in every order, page after page, read twice', async () => {
    let compared = 0;
    for (const user of [reader, suspended, other]) {
      const actor = await actorOf(user);
      for (const sort of ['number', 'newest', 'top']) {
        for (let round = 0; round < 2; round += 1) {
          const pages = await walk(sort, user);
          let cursor: string | undefined;
          for (const page of pages) {
            const expected = await direct(threadId, { sort, limit: 4, cursor }, actor, 'fr');
            expect(page).toEqual(JSON.parse(JSON.stringify(expected)));
            compared += page.items.length;
            cursor = page.nextCursor ?? undefined;
          }
        }
      }
    }
    // 3 readers × 3 orders × 2 rounds × 14 posts.
    expect(compared).toBe(3 * 3 * 2 * 14);
  });

  it("shows the reader their own pending post and vote, and no reader's part ever reaches the public page", async () => {
    const [readerPage] = await walk('number', reader);
    const mine = readerPage.items.find((post) => post.number === 2)!;
    expect(mine).toMatchObject({ status: 'pending', body: 'Avis 2', permissions: { canEdit: true, canDelete: true } });
    expect(readerPage.items.find((post) => post.number === 4)!.myVote).toBe(1);
    const [publicPage] = await walk('number', null);
    const placeholder = publicPage.items.find((post) => post.number === 2)!;
    expect(placeholder).toMatchObject({ body: null, permissions: { canEdit: false, canDelete: false } });
    expect(publicPage.items.every((post) => !('myVote' in post))).toBe(true);
    // The other reader sees the reader's pending post as a placeholder too.
    const [otherPage] = await walk('number', other);
    expect(otherPage.items.find((post) => post.number === 2)!.body).toBeNull();
  });

  it('serves the public part from memory: a repeated page costs only the reader part and the user lookup', async () => {
    await walk('newest', reader);
    const { queries } = await recordQueries(t.db, () =>
      t.http.get(`/api/threads/${threadId}/posts?sort=newest&limit=4`).set(reader.auth),
    );
    const pageQueries = queries.filter((q) => /FROM \(SELECT \* FROM posts p WHERE p\.thread_id/.test(q));
    const readerPart = queries.filter((q) => /p0\.author_id = \$2/.test(q));
    expect(pageQueries).toEqual([]);
    expect(readerPart).toHaveLength(1);
  });

  it("a reader's new vote shows at once on their next page (the vote voids the public part)", async () => {
    await walk('number', reader);
    const target = (await t.db.query(`SELECT id FROM posts WHERE thread_id = $1 AND number = 11`, [threadId]))[0].id;
    const vote = await t.http.put(`/api/posts/${target}/vote`).set(reader.auth).send({ value: 1 });
    expect(vote.status).toBe(200);
    const pages = await walk('number', reader);
    const post = pages.flatMap((page) => page.items).find((item) => item.number === 11)!;
    expect(post.myVote).toBe(1);
    expect(post.score).toBe(2);
    const expected = await direct(threadId, { sort: 'number', limit: 4 }, await actorOf(reader), 'fr');
    expect(pages[0]).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it("a reader's new post voids the public page on this instance before the answer, not only when NOTIFY arrives", async () => {
    const cache = t.app.get(ReadCacheService);
    const invalidated: string[] = [];
    const spy = jest.spyOn(cache, 'invalidate').mockImplementation(function (this: ReadCacheService, tag: string) {
      invalidated.push(tag);
      cache.store.invalidate(tag);
    });
    try {
      const response = await t.http.post(`/api/threads/${threadId}/posts`).set(reader.auth).send({ body: 'Le mien.' });
      expect(response.status).toBe(201);
      expect(invalidated).toEqual([`thread:${threadId}`]);
    } finally {
      spy.mockRestore();
    }
    const pages = await walk('newest', reader);
    expect(pages[0].items[0]).toMatchObject({ body: 'Le mien.', permissions: { canEdit: true, canDelete: true } });
  });
});
