import { startTestApp, type TestApp } from '../support/app.js';
import { newUser, type TestUser } from '../support/factories.js';
import { insertArticle, insertPost } from '../support/sql-fixtures.js';

/**
 * The races the module suites run with fewer than 50 clients, run here with 50
 * (post numbers, one voter's 50 votes and 50 flaggers are already at ≥ 50 in
 * test/discussions/posts and test/moderation/flags; 60 ballots in test/polls):
 * 50 moderators on one queue item, 50 distinct voters on one post, one reader's
 * 50 simultaneous ballots.
 */
const CLIENTS = 50;

describe('security: races at 50 concurrent clients', () => {
  let t: TestApp;
  let moderators: TestUser[];
  let editor: TestUser;
  let author: TestUser;
  let article: { id: string; slug: string; threadId: string };

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_FACTOR: '1000', FLAG_HIDE_THRESHOLD: '100' });
    moderators = await Promise.all(Array.from({ length: CLIENTS }, () => newUser(t, { role: 'moderator' })));
    editor = await newUser(t, { role: 'editor' });
    author = await newUser(t);
    article = await insertArticle(t, { authorId: editor.id });
  }, 60_000);
  afterAll(async () => t.close());

  async function pendingPostWithItem(): Promise<{ postId: string; itemId: string }> {
    const { id: postId } = await insertPost(t, {
      threadId: article.threadId,
      authorId: author.id,
      body: 'En attente',
      status: 'pending',
    });
    const [item] = await t.db.query(
      `INSERT INTO moderation_items (kind, subject_type, subject_id, reasons)
       VALUES ('pending', 'post', $1, '{"newAccount": true}') RETURNING id`,
      [postId],
    );
    return { postId, itemId: item.id };
  }

  it('50 moderators deciding one pending post at once (approve and reject mixed): one 200, 49 409, one audit entry', async () => {
    const { postId, itemId } = await pendingPostWithItem();
    const responses = await Promise.all(
      moderators.map((moderator, i) =>
        t.http
          .post(`/api/moderation/posts/${postId}/${i % 2 === 0 ? 'approve' : 'reject'}`)
          .set(moderator.auth)
          .send({}),
      ),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([200, ...Array(CLIENTS - 1).fill(409)]);
    const winner = responses.findIndex((response) => response.status === 200);
    const [post] = await t.db.query(`SELECT status FROM posts WHERE id = $1`, [postId]);
    expect(post.status).toBe(winner % 2 === 0 ? 'visible' : 'hidden');
    const [audit] = await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE target_id = $1`, [postId]);
    expect(audit.n).toBe(1);
    const [item] = await t.db.query(`SELECT status, version FROM moderation_items WHERE id = $1`, [itemId]);
    expect(item).toEqual({ status: 'resolved', version: 2 });
  });

  it('50 moderators claiming one item at once: one 200, 49 409, one claimant', async () => {
    const { itemId } = await pendingPostWithItem();
    const responses = await Promise.all(
      moderators.map((moderator) => t.http.post(`/api/moderation/queue/${itemId}/claim`).set(moderator.auth)),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([200, ...Array(CLIENTS - 1).fill(409)]);
    const winner = moderators[responses.findIndex((response) => response.status === 200)]!;
    const [item] = await t.db.query(`SELECT claimed_by_id FROM moderation_items WHERE id = $1`, [itemId]);
    expect(item.claimed_by_id).toBe(winner.id);
  });

  it('50 distinct voters on one post at once (+1 and -1 mixed): 50 votes stored, the score is exactly their sum', async () => {
    const { id: postId } = await insertPost(t, { threadId: article.threadId, authorId: author.id, body: 'Votez' });
    const values = moderators.map((_, i) => (i % 3 === 0 ? -1 : 1));
    const responses = await Promise.all(
      moderators.map((voter, i) => t.http.put(`/api/posts/${postId}/vote`).set(voter.auth).send({ value: values[i] })),
    );
    expect(responses.every((response) => response.status === 200)).toBe(true);
    const expected = values.reduce((sum, value) => sum + value, 0);
    const [row] = await t.db.query(
      `SELECT p.score, (SELECT count(*)::int FROM post_votes v WHERE v.post_id = p.id) AS votes,
              (SELECT coalesce(sum(v.value), 0)::int FROM post_votes v WHERE v.post_id = p.id) AS total
         FROM posts p WHERE p.id = $1`,
      [postId],
    );
    expect(row).toEqual({ score: expected, votes: CLIENTS, total: expected });
  });

  it('one reader sending 50 ballots at once where votes may not change: one 200, 49 409, one ballot', async () => {
    const created = await t.http
      .post(`/api/articles/${article.slug}/polls`)
      .set(editor.auth)
      .send({
        question: 'Pour ou contre ?',
        options: ['Pour', 'Contre', 'Sans avis'],
        mode: 'single',
        resultsVisibility: 'always',
        allowVoteChange: false,
      })
      .expect(201);
    const voter = await newUser(t);
    const responses = await Promise.all(
      Array.from({ length: CLIENTS }, (_, i) =>
        t.http
          .put(`/api/polls/${created.body.id}/vote`)
          .set(voter.auth)
          .send({ optionIds: [created.body.options[i % 3].id] }),
      ),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([200, ...Array(CLIENTS - 1).fill(409)]);
    const [ballots] = await t.db.query(
      `SELECT count(DISTINCT b.id)::int AS ballots, count(c.option_id)::int AS choices
         FROM poll_ballots b LEFT JOIN poll_choices c ON c.ballot_id = b.id WHERE b.poll_id = $1`,
      [created.body.id],
    );
    expect(ballots).toEqual({ ballots: 1, choices: 1 });
  });
});
