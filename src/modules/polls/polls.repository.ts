import { canSeePublication, type Actor } from '../../common/auth/decorators.js';
import { sqlRows, type Queryable } from '../../database/sql.js';
import type { PollMode, ResultsVisibility } from './entities/poll.entity.js';
import { percentagesByLargestRemainder } from './largest-remainder.js';
import { canManagePolls, canSeeResults, canVote, canWithdrawVote } from './polls.policy.js';

export interface PollOptionView {
  id: string;
  label: string;
  /** Present only where the caller may see results. */
  votes?: number;
  percent?: number;
}

export interface PollView {
  id: string;
  articleSlug: string;
  question: string;
  mode: PollMode;
  maxChoices: number;
  status: 'open' | 'closed';
  closesAt: string | null;
  /** When it closed (by an editor, or by reaching closesAt); null while open. */
  closedAt: string | null;
  resultsVisibility: ResultsVisibility;
  allowVoteChange: boolean;
  createdAt: string;
  options: PollOptionView[];
  totalVoters?: number;
  /** The caller's chosen option ids, in option order; null when not voted (or anonymous). */
  myVote: string[] | null;
  resultsVisible: boolean;
  permissions: { canVote: boolean; canWithdrawVote: boolean; canClose: boolean };
}

interface PollRow {
  id: string;
  article_slug: string;
  article_published_at: Date;
  question: string;
  mode: PollMode;
  max_choices: number;
  closes_at: Date | null;
  closed_at: Date | null;
  results_visibility: ResultsVisibility;
  allow_vote_change: boolean;
  created_at: Date;
  closed: boolean;
  total_voters: number;
  my_ballot_id: string | null;
  option_id: string;
  label: string;
  votes: number;
  chosen: boolean;
}

/**
 * One query for polls with their options, per-option counts and the caller's
 * ballot: counts come from a GROUP BY over poll_choices (through the option
 * index) and a count of ballots, never from loading ballots. "Closed" is
 * computed here, at read time: closed_at set, or closes_at passed.
 */
const pollsQuery = (where: string) => `
  WITH target AS (
    SELECT p.id, a.slug AS article_slug, a.published_at AS article_published_at, p.question, p.mode, p.max_choices, p.closes_at, p.closed_at,
           p.results_visibility, p.allow_vote_change, p.created_at,
           (p.closed_at IS NOT NULL OR coalesce(p.closes_at <= now(), false)) AS closed,
           (SELECT count(*)::int FROM poll_ballots b WHERE b.poll_id = p.id) AS total_voters,
           (SELECT b.id FROM poll_ballots b WHERE b.poll_id = p.id AND b.user_id = $2::uuid) AS my_ballot_id
    FROM polls p
    JOIN articles a ON a.id = p.article_id
    WHERE ${where}
  ),
  counts AS (
    SELECT c.option_id, count(*)::int AS votes, coalesce(bool_or(c.ballot_id = t.my_ballot_id), false) AS chosen
    FROM target t
    JOIN poll_options o ON o.poll_id = t.id
    JOIN poll_choices c ON c.option_id = o.id
    GROUP BY c.option_id
  )
  SELECT t.*, o.id AS option_id, o.label, coalesce(k.votes, 0) AS votes, coalesce(k.chosen, false) AS chosen
  FROM target t
  JOIN poll_options o ON o.poll_id = t.id
  LEFT JOIN counts k ON k.option_id = o.id
  ORDER BY t.created_at, t.id, o.position`;

const BY_ID = pollsQuery('p.id = $1::uuid');
const BY_ARTICLE = pollsQuery('p.article_id = $1::uuid');

export type PollFilter = { pollId: string } | { articleId: string };

/**
 * Polls as the caller sees them (counts hidden where visibility says so), oldest first.
 * A poll of an article not yet published to the caller is left out (so 404 by id).
 */
export async function loadPollViews(
  db: Queryable,
  filter: PollFilter,
  actor: Actor | null | undefined,
): Promise<PollView[]> {
  const [sql, key] = 'pollId' in filter ? [BY_ID, filter.pollId] : [BY_ARTICLE, filter.articleId];
  const rows = await sqlRows<PollRow>(db, sql, [key, actor?.id ?? null]);
  const groups = new Map<string, PollRow[]>();
  for (const row of rows) {
    const group = groups.get(row.id);
    if (group) group.push(row);
    else groups.set(row.id, [row]);
  }
  return [...groups.values()]
    .filter((group) => canSeePublication(actor, new Date(group[0]!.article_published_at)))
    .map((group) => toPollView(group, actor));
}

function toPollView(rows: PollRow[], actor: Actor | null | undefined): PollView {
  const first = rows[0]!;
  const state = {
    closed: first.closed,
    resultsVisibility: first.results_visibility,
    allowVoteChange: first.allow_vote_change,
  };
  const hasVoted = first.my_ballot_id !== null;
  const visible = canSeeResults(actor, state, hasVoted);
  const percents = percentagesByLargestRemainder(rows.map((row) => row.votes));
  const closedAt = first.closed ? (first.closed_at ?? first.closes_at) : null;
  const active = !!actor && actor.status === 'active';
  return {
    id: first.id,
    articleSlug: first.article_slug,
    question: first.question,
    mode: first.mode,
    maxChoices: first.max_choices,
    status: first.closed ? 'closed' : 'open',
    closesAt: first.closes_at?.toISOString() ?? null,
    closedAt: closedAt?.toISOString() ?? null,
    resultsVisibility: first.results_visibility,
    allowVoteChange: first.allow_vote_change,
    createdAt: first.created_at.toISOString(),
    options: rows.map((row, index) =>
      visible
        ? { id: row.option_id, label: row.label, votes: row.votes, percent: percents[index]! }
        : { id: row.option_id, label: row.label },
    ),
    ...(visible ? { totalVoters: first.total_voters } : {}),
    myVote: hasVoted ? rows.filter((row) => row.chosen).map((row) => row.option_id) : null,
    resultsVisible: visible,
    permissions: {
      canVote: active && canVote(state, hasVoted),
      canWithdrawVote: active && hasVoted && canWithdrawVote(state),
      canClose: active && canManagePolls(actor) && !first.closed,
    },
  };
}
