import { startTestApp, type TestApp } from '../support/app.js';
import { spawnNode } from '../support/process.js';

describe('cli seed-thread', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('creates a thread of 500 numbered posts from ~300 authors and prints its id last', async () => {
    const cli = spawnNode('dist/src/cli/main.js', ['seed-thread', '--posts', '500'], { DATABASE_URL: t.databaseUrl });
    const { code } = await cli.exited;
    expect({ code, stderr: code === 0 ? '' : cli.stderr() }).toEqual({ code: 0, stderr: '' });
    const lines = cli.stdout().trim().split('\n');
    const threadId = lines[lines.length - 1];
    const [thread] = await t.db.query(`SELECT post_count, last_post_at FROM threads WHERE id = $1`, [threadId]);
    expect(thread.post_count).toBe(500);
    const [posts] = await t.db.query(
      `SELECT count(*)::int AS n, min(number) AS lo, max(number) AS hi, count(DISTINCT number)::int AS distinct_numbers,
              count(DISTINCT author_id)::int AS authors, min(length(body)) AS shortest, bool_and(html LIKE '<p>%</p>') AS html_ok
         FROM posts WHERE thread_id = $1 AND status = 'visible'`,
      [threadId],
    );
    expect(posts).toMatchObject({ n: 500, lo: 1, hi: 500, distinct_numbers: 500, html_ok: true });
    expect(posts.authors).toBeGreaterThanOrEqual(250);
    expect(posts.shortest).toBeGreaterThanOrEqual(700);
    // And the API serves it.
    const page = await t.http.get(`/api/threads/${threadId}/posts`).query({ after: 490 }).expect(200);
    expect(page.body.items.map((p: { number: number }) => p.number)).toEqual([
      491, 492, 493, 494, 495, 496, 497, 498, 499, 500,
    ]);
  });

  it('refuses a missing or non-positive --posts', async () => {
    const cli = spawnNode('dist/src/cli/main.js', ['seed-thread', '--posts', '0'], { DATABASE_URL: t.databaseUrl });
    const { code } = await cli.exited;
    expect(code).not.toBe(0);
  });
});
