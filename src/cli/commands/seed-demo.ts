import type { Command } from 'commander';
import pg from 'pg';
import { hashPassword } from '../../platform/passwords/passwords.js';
import { renderArticleMarkdown, renderPostMarkdown } from '../../platform/markdown/markdown.js';
import type { CliRuntime } from '../runtime.js';
import { DEMO_ARTICLES, DEMO_USERS, type DemoArticle } from './seed-demo-content.js';

export const DEMO_PASSWORD = 'demo-tribune-2025';

const log = (message: string): void => {
  process.stderr.write(`${message}\n`);
};

type Client = pg.Client;

/** The thread's posts in order (replies point at earlier ones), their votes, and the authors' counters. */
async function seedPosts(
  client: Client,
  threadId: string,
  article: DemoArticle,
  publishedAt: Date,
  step: number,
  userIds: Map<string, string>,
): Promise<void> {
  const postIds: string[] = [];
  for (const [index, post] of article.posts.entries()) {
    const votes = post.votes ?? [];
    const up = votes.filter(([, value]) => value === 1).length;
    const down = votes.length - up;
    const row = await client.query<{ id: string }>(
      `INSERT INTO posts (thread_id, number, author_id, body, html, reply_to_id, score, upvotes, downvotes, created_at, published_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id`,
      [
        threadId,
        index + 1,
        userIds.get(post.author)!,
        post.body,
        renderPostMarkdown(post.body).html,
        post.replyTo ? postIds[post.replyTo - 1] : null,
        up - down,
        up,
        down,
        new Date(publishedAt.getTime() + step * (index + 1)),
      ],
    );
    postIds.push(row.rows[0].id);
    for (const [voter, value] of votes) {
      await client.query(`INSERT INTO post_votes (post_id, user_id, value) VALUES ($1, $2, $3)`, [
        row.rows[0].id,
        userIds.get(voter)!,
        value,
      ]);
    }
    await client.query(`UPDATE users SET post_count = post_count + 1 WHERE id = $1`, [userIds.get(post.author)!]);
  }
}

/** The article's poll, its options and ballots. */
async function seedPoll(
  client: Client,
  articleId: string,
  poll: NonNullable<DemoArticle['poll']>,
  editorId: string,
  userIds: Map<string, string>,
): Promise<void> {
  const pollRow = await client.query<{ id: string }>(
    `INSERT INTO polls (article_id, question, mode, max_choices, results_visibility, allow_vote_change, created_by_id)
     VALUES ($1, $2, $3, $4, 'always', true, $5) RETURNING id`,
    [
      articleId,
      poll.question,
      poll.mode,
      poll.maxChoices ?? (poll.mode === 'single' ? 1 : poll.options.length),
      editorId,
    ],
  );
  const pollId = pollRow.rows[0].id;
  const optionIds: string[] = [];
  for (const [position, label] of poll.options.entries()) {
    const option = await client.query<{ id: string }>(
      `INSERT INTO poll_options (poll_id, position, label) VALUES ($1, $2, $3) RETURNING id`,
      [pollId, position, label],
    );
    optionIds.push(option.rows[0].id);
  }
  for (const [voter, choices] of poll.ballots) {
    const ballot = await client.query<{ id: string }>(
      `INSERT INTO poll_ballots (poll_id, user_id) VALUES ($1, $2) RETURNING id`,
      [pollId, userIds.get(voter)!],
    );
    for (const choice of choices) {
      await client.query(`INSERT INTO poll_choices (ballot_id, option_id, poll_id) VALUES ($1, $2, $3)`, [
        ballot.rows[0].id,
        optionIds[choice],
        pollId,
      ]);
    }
  }
}

/** Inserts one article with its thread, posts, votes and poll; nothing when its slug exists (idempotent). */
async function seedArticle(client: Client, article: DemoArticle, userIds: Map<string, string>): Promise<boolean> {
  const editorId = userIds.get('editor')!;
  const publishedAt = new Date(Date.now() - article.publishedHoursAgo * 3_600_000);
  const inserted = await client.query<{ id: string }>(
    `INSERT INTO articles (slug, title, summary, body, body_html, sources, discussion_prompts, related, author_id, published_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (slug) DO NOTHING RETURNING id`,
    [
      article.slug,
      article.title,
      article.summary,
      article.body,
      renderArticleMarkdown(article.body),
      JSON.stringify(article.sources),
      JSON.stringify(article.discussionPrompts),
      JSON.stringify(article.related),
      editorId,
      publishedAt,
    ],
  );
  if (inserted.rowCount === 0) return false;
  const articleId = inserted.rows[0].id;
  const n = article.posts.length;
  const step = (Date.now() - publishedAt.getTime()) / (n + 1);
  const thread = await client.query<{ id: string }>(
    `INSERT INTO threads (article_id, post_count, visible_post_count, last_post_at) VALUES ($1, $2, $2, $3) RETURNING id`,
    [articleId, n, n > 0 ? new Date(publishedAt.getTime() + step * n) : null],
  );
  const threadId = thread.rows[0].id;

  await seedPosts(client, threadId, article, publishedAt, step, userIds);
  if (article.poll) await seedPoll(client, articleId, article.poll, editorId, userIds);
  return true;
}

/**
 * `seed-demo`: demo accounts and four French IT-news articles with their
 * discussions, a poll and votes, so that `npm start` shows the whole product.
 * Idempotent: existing accounts and articles (by username / slug) are left as
 * they are, so running it twice adds nothing.
 */
export async function seedDemo(
  databaseUrl: string,
  password = DEMO_PASSWORD,
): Promise<{ users: number; articles: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    let users = 0;
    for (const user of DEMO_USERS) {
      const result = await client.query(
        `INSERT INTO users (username, email, display_name, role, password_hash) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING`,
        [user.username, user.email, user.displayName, user.role, await hashPassword(password)],
      );
      users += result.rowCount ?? 0;
    }
    const rows = await client.query<{ id: string; username: string }>(
      `SELECT id, username::text AS username FROM users WHERE username = ANY($1::citext[])`,
      [DEMO_USERS.map((user) => user.username)],
    );
    const userIds = new Map(rows.rows.map((row) => [row.username.toLowerCase(), row.id]));
    const missing = DEMO_USERS.filter((user) => !userIds.has(user.username.toLowerCase()));
    if (missing.length > 0) {
      throw new Error(
        `demo accounts missing (an e-mail address already taken?): ${missing.map((u) => u.username).join(', ')}`,
      );
    }
    let articles = 0;
    for (const article of DEMO_ARTICLES) if (await seedArticle(client, article, userIds)) articles += 1;
    await client.query('COMMIT');
    return { users, articles };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

export function registerSeedDemo(program: Command, cli: CliRuntime): void {
  program
    .command('seed-demo')
    .description(
      'Fill the demo news site: staff and reader accounts, four articles with discussions and a poll (idempotent)',
    )
    .option('--password <password>', 'password of the accounts created now', DEMO_PASSWORD)
    .action(async (options: { password: string }) => {
      const url = await cli.migratedDatabaseUrl();
      const { users, articles } = await seedDemo(url, options.password);
      log(`seed-demo: ${users} account(s) and ${articles} article(s) created (existing ones left untouched).`);
      process.stdout.write(
        [
          `Demo accounts (password of newly created ones: ${options.password}):`,
          ...DEMO_USERS.map((user) => `  ${user.username.padEnd(12)} ${user.role}`),
          `Open http://localhost:${cli.config.PORT}/ (moderation: /moderation, admin: /admin).`,
          '',
        ].join('\n'),
      );
    });
}
