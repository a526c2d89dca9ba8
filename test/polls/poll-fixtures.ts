import { randomBytes } from 'node:crypto';
import type { TestApp } from '../support/app.js';
import type { TestUser } from '../support/factories.js';

export interface TestArticle {
  id: string;
  slug: string;
}

/** An article inserted directly (the articles module is built separately). */
export async function newArticle(t: TestApp, author: TestUser): Promise<TestArticle> {
  const slug = `article-${randomBytes(5).toString('hex')}`;
  const [row]: Array<{ id: string }> = await t.db.query(
    `INSERT INTO articles (slug, title, body, body_html, author_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [slug, `Titre ${slug}`, 'Le corps de l’article.', '<p>Le corps de l’article.</p>', author.id],
  );
  return { id: row!.id, slug };
}

export interface PollBody {
  question: string;
  options: string[];
  mode: 'single' | 'multiple';
  maxChoices?: number;
  closesAt?: string;
  resultsVisibility?: 'always' | 'after_vote' | 'after_close';
  allowVoteChange?: boolean;
}

export const pollBody = (overrides: Partial<PollBody> = {}): PollBody => ({
  question: 'Quels sont d’après vous les éléments les plus importants ?',
  options: ['Le prix', 'La qualité', 'La proximité'],
  mode: 'single',
  resultsVisibility: 'always',
  allowVoteChange: true,
  ...overrides,
});

export interface CreatedPoll {
  id: string;
  options: Array<{ id: string; label: string }>;
}

/** Creates a poll through the API, as `editor`, and returns its ids. */
export async function createPoll(
  t: TestApp,
  editor: TestUser,
  article: TestArticle,
  overrides: Partial<PollBody> = {},
): Promise<CreatedPoll> {
  const response = await t.http.post(`/api/articles/${article.slug}/polls`).set(editor.auth).send(pollBody(overrides));
  if (response.status !== 201)
    throw new Error(`poll creation failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { id: response.body.id, options: response.body.options };
}

/** Inserts a poll whose closesAt is already past: closed with no job ever running. */
export async function insertExpiredPoll(
  t: TestApp,
  article: TestArticle,
  options: { allowVoteChange?: boolean; resultsVisibility?: string } = {},
): Promise<CreatedPoll> {
  const [poll]: Array<{ id: string }> = await t.db.query(
    `INSERT INTO polls (article_id, question, mode, max_choices, closes_at, results_visibility, allow_vote_change, created_at)
     VALUES ($1, 'Expiré ?', 'single', 1, now() - interval '1 minute', $2, $3, now() - interval '1 day') RETURNING id`,
    [article.id, options.resultsVisibility ?? 'always', options.allowVoteChange ?? true],
  );
  const rows: Array<{ id: string; label: string }> = await t.db.query(
    `INSERT INTO poll_options (poll_id, position, label) VALUES ($1, 0, 'Oui'), ($1, 1, 'Non') RETURNING id, label`,
    [poll!.id],
  );
  return { id: poll!.id, options: rows };
}

/** Ballots and choices as stored, for exact assertions. */
export async function storedBallots(
  t: TestApp,
  pollId: string,
): Promise<Array<{ userId: string; optionIds: string[] }>> {
  const rows: Array<{ user_id: string; option_ids: string[] | null }> = await t.db.query(
    `SELECT b.user_id, array_agg(c.option_id ORDER BY c.option_id) FILTER (WHERE c.option_id IS NOT NULL) AS option_ids
     FROM poll_ballots b LEFT JOIN poll_choices c ON c.ballot_id = b.id
     WHERE b.poll_id = $1 GROUP BY b.id, b.user_id`,
    [pollId],
  );
  return rows.map((row) => ({ userId: row.user_id, optionIds: row.option_ids ?? [] }));
}
