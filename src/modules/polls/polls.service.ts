import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { canSeePublication, type Actor } from '../../common/auth/decorators.js';
import { badRequest, notFound, unprocessable } from '../../common/errors/problem.js';
import { sqlRows } from '../../database/sql.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { RealtimeService } from '../../platform/realtime/realtime.service.js';
import { normalizeNewPoll, type CreatePollDto } from './dto/polls.dto.js';
import type { PollMode, ResultsVisibility } from './entities/poll.entity.js';
import { ensureCanVote, ensureCanWithdrawVote, type PollState } from './polls.policy.js';
import { loadPollViews, type PollView } from './polls.repository.js';
import { PG_FOREIGN_KEY_VIOLATION, isPgError } from '../../database/postgres-errors.js';

interface LockedPoll extends PollState {
  id: string;
  mode: PollMode;
  maxChoices: number;
}

/** Articles' slugs fit varchar(120); anything else (or with control characters) names no article. */
const SLUG = /^[^\u0000-\u001f\u007f]{1,120}$/u;

@Injectable()
export class PollsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly realtime: RealtimeService,
  ) {}

  /**
   * Tells the readers of the poll's article (its thread's stream) that its results or
   * state changed: `poll.updated`, in the change's transaction. Only the poll's id: each
   * reader re-reads it under the visibility rules that apply to them.
   */
  private async announce(manager: EntityManager, pollId: string): Promise<void> {
    const [thread] = await sqlRows<{ id: string }>(
      manager,
      `SELECT t.id FROM polls p JOIN threads t ON t.article_id = p.article_id WHERE p.id = $1`,
      [pollId],
    );
    if (thread)
      await this.realtime.publish({ threadId: thread.id, type: 'poll.updated', data: { id: pollId } }, manager);
  }

  /** Attaches a poll to the article `slug` (404 when there is no such article). */
  async create(actor: Actor, slug: string, dto: CreatePollDto): Promise<PollView> {
    const normalized = normalizeNewPoll(dto, new Date());
    if ('errors' in normalized) throw badRequest('validation.failed', {}, normalized.errors);
    const poll = normalized.poll;
    return this.dataSource.transaction(async (manager) => {
      const articleId = await this.findArticleId(manager, slug);
      const [row] = await sqlRows<{ id: string }>(
        manager,
        `INSERT INTO polls (article_id, question, mode, max_choices, closes_at, results_visibility, allow_vote_change, created_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          articleId,
          poll.question,
          poll.mode,
          poll.maxChoices,
          poll.closesAt,
          poll.resultsVisibility,
          poll.allowVoteChange,
          actor.id,
        ],
      );
      const pollId = row!.id;
      await manager.query(
        `INSERT INTO poll_options (poll_id, position, label)
         SELECT $1, ordinality - 1, label FROM unnest($2::text[]) WITH ORDINALITY AS t(label, ordinality)`,
        [pollId, poll.options],
      );
      await this.audit.record(manager, actor, {
        action: 'poll.create',
        targetType: 'poll',
        targetId: pollId,
        after: {
          articleId,
          question: poll.question,
          options: poll.options,
          mode: poll.mode,
          maxChoices: poll.maxChoices,
          closesAt: poll.closesAt?.toISOString() ?? null,
          resultsVisibility: poll.resultsVisibility,
          allowVoteChange: poll.allowVoteChange,
        },
      });
      return this.getView(manager, pollId, actor);
    });
  }

  /** One poll as the caller sees it; 404 when absent. */
  async get(pollId: string, actor: Actor | null | undefined): Promise<PollView> {
    return this.getView(this.dataSource.manager, pollId, actor);
  }

  /**
   * Every poll of an article, oldest first, as the caller sees it, in one query
   * (for GET /api/articles/:slug).
   */
  async listForArticle(articleId: string, actor: Actor | null | undefined): Promise<PollView[]> {
    return loadPollViews(this.dataSource.manager, { articleId }, actor);
  }

  /**
   * Casts or replaces the caller's ballot. The poll row is share-locked (closing
   * waits for votes in flight, and a vote after a close sees it closed); the
   * ballot comes from INSERT … ON CONFLICT, whose DO UPDATE locks the ballot row,
   * so concurrent votes by one user run one after the other and leave one
   * ballot whose choices are exactly those of the last vote.
   */
  async vote(actor: Actor, pollId: string, rawOptionIds: string[]): Promise<PollView> {
    const optionIds = rawOptionIds.map((id) => id.toLowerCase());
    return this.dataSource.transaction(async (manager) => {
      const poll = await this.lockPoll(manager, pollId, actor);
      if (poll.mode === 'single' && optionIds.length !== 1) {
        throw badRequest('validation.failed', {}, [{ field: 'optionIds', code: 'polls.single_needs_one' }]);
      }
      if (optionIds.length > poll.maxChoices) {
        throw badRequest('validation.failed', {}, [
          { field: 'optionIds', code: 'polls.too_many_choices', params: { max: poll.maxChoices } },
        ]);
      }
      if (poll.closed) ensureCanVote(poll, false);

      const [ballot] = await sqlRows<{ id: string; inserted: boolean }>(
        manager,
        `INSERT INTO poll_ballots (poll_id, user_id) VALUES ($1, $2)
         ON CONFLICT (poll_id, user_id) DO UPDATE SET updated_at = now()
         RETURNING id, (xmax = 0) AS inserted`,
        [pollId, actor.id],
      );
      ensureCanVote(poll, !ballot!.inserted);
      if (!ballot!.inserted) await manager.query(`DELETE FROM poll_choices WHERE ballot_id = $1`, [ballot!.id]);
      try {
        // The composite foreign key (option_id, poll_id) refuses an option of another poll.
        await manager.query(
          `INSERT INTO poll_choices (ballot_id, option_id, poll_id) SELECT $1, unnest($2::uuid[]), $3`,
          [ballot!.id, optionIds, pollId],
        );
      } catch (error) {
        if (isPgError(error, PG_FOREIGN_KEY_VIOLATION)) {
          throw unprocessable('polls.option_not_in_poll', {}, [
            { field: 'optionIds', code: 'polls.option_not_in_poll' },
          ]);
        }
        throw error;
      }
      await this.announce(manager, pollId);
      return this.getView(manager, pollId, actor);
    });
  }

  /** Withdraws the caller's ballot (idempotent: no ballot is fine). */
  async withdrawVote(actor: Actor, pollId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const poll = await this.lockPoll(manager, pollId, actor);
      ensureCanWithdrawVote(poll);
      const removed = await sqlRows<{ id: string }>(
        manager,
        `DELETE FROM poll_ballots WHERE poll_id = $1 AND user_id = $2 RETURNING id`,
        [pollId, actor.id],
      );
      if (removed.length > 0) await this.announce(manager, pollId);
    });
  }

  /** Closes the poll now; closing a closed poll changes nothing and writes no audit entry. */
  async close(actor: Actor, pollId: string): Promise<PollView> {
    return this.dataSource.transaction(async (manager) => {
      const closed = await sqlRows<{ id: string }>(
        manager,
        `UPDATE polls SET closed_at = now()
         WHERE id = $1 AND closed_at IS NULL AND (closes_at IS NULL OR closes_at > now())
         RETURNING id`,
        [pollId],
      );
      if (closed.length > 0) {
        await this.audit.record(manager, actor, {
          action: 'poll.close',
          targetType: 'poll',
          targetId: pollId,
          before: { status: 'open' },
          after: { status: 'closed' },
        });
        await this.announce(manager, pollId);
      }
      return this.getView(manager, pollId, actor);
    });
  }

  private async getView(manager: EntityManager, pollId: string, actor: Actor | null | undefined): Promise<PollView> {
    const [view] = await loadPollViews(manager, { pollId }, actor);
    if (!view) throw notFound('polls.not_found');
    return view;
  }

  private async findArticleId(manager: EntityManager, slug: string): Promise<string> {
    if (!SLUG.test(slug)) throw notFound('polls.article_not_found');
    const [article] = await sqlRows<{ id: string }>(manager, `SELECT id FROM articles WHERE slug = $1`, [slug]);
    if (!article) throw notFound('polls.article_not_found');
    return article.id;
  }

  /**
   * The poll row, share-locked for the transaction: a close (UPDATE) waits until the vote commits.
   * 404 when absent, and when its article is not yet published to the actor.
   */
  private async lockPoll(manager: EntityManager, pollId: string, actor: Actor): Promise<LockedPoll> {
    const [row] = await sqlRows<{
      id: string;
      mode: PollMode;
      max_choices: number;
      results_visibility: ResultsVisibility;
      allow_vote_change: boolean;
      closed: boolean;
      article_published_at: Date;
    }>(
      manager,
      `SELECT id, mode, max_choices, results_visibility, allow_vote_change,
              (closed_at IS NOT NULL OR coalesce(closes_at <= now(), false)) AS closed,
              (SELECT a.published_at FROM articles a WHERE a.id = polls.article_id) AS article_published_at
       FROM polls WHERE id = $1 FOR SHARE`,
      [pollId],
    );
    if (!row || !canSeePublication(actor, new Date(row.article_published_at))) throw notFound('polls.not_found');
    return {
      id: row.id,
      mode: row.mode,
      maxChoices: row.max_choices,
      resultsVisibility: row.results_visibility,
      allowVoteChange: row.allow_vote_change,
      closed: row.closed,
    };
  }
}
