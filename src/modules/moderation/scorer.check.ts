import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isStaff } from '../../common/auth/decorators.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { sqlRows } from '../../database/sql.js';
import type { PostCheck, PostDraft, PostVerdict } from '../discussions/post-pipeline.types.js';
import { addToQueue } from './moderation-post-check.js';
import { normaliseBody, scoreSignals, totalScore, wordCount, type ScoreSignal } from './scorer.js';
import { countLinks, isNewAccount } from './targeted-premoderation.check.js';

/** "Within minutes": the same body in another thread this recently is a duplicate. */
const DUPLICATE_WINDOW_MINUTES = 10;

/**
 * The spam/abuse scorer, the last step of the post pipeline's checks: the
 * built-in signals (scorer.ts) plus, when SCORER_URL is set, the newsroom's own
 * model asked over HTTP (fail-open: a slow, failing or malformed answer counts
 * for nothing). A post reaching SCORE_QUEUE_THRESHOLD waits for approval, its
 * queue item saying which signals weighed what; the hold is marked automated.
 */
@Injectable()
export class ScorerCheck implements PostCheck {
  private readonly logger = new Logger(ScorerCheck.name);

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async check(draft: PostDraft, verdict: PostVerdict, manager: EntityManager): Promise<void> {
    const threshold = this.config.SCORE_QUEUE_THRESHOLD;
    if (threshold <= 0 || draft.isEdit || isStaff(draft.actor)) return;
    const signals = await this.signals(draft, verdict, manager);
    const total = totalScore(signals);
    if (total < threshold) return;
    verdict.status = 'pending';
    addToQueue(verdict, 'pending', { score: { total, threshold, signals, automated: true } });
  }

  private async signals(draft: PostDraft, verdict: PostVerdict, manager: EntityManager): Promise<ScoreSignal[]> {
    const [duplicate] = await sqlRows<{ id: string }>(
      manager,
      `SELECT id FROM posts
        WHERE author_id = $1 AND thread_id <> $2 AND created_at > now() - make_interval(mins => $4)
          AND lower(regexp_replace(body, '\\s+', ' ', 'g')) = $3
        LIMIT 1`,
      [draft.actor.id, draft.threadId, normaliseBody(draft.body), DUPLICATE_WINDOW_MINUTES],
    );
    const input = {
      duplicateElsewhere: !!duplicate,
      links: countLinks(draft.body),
      words: wordCount(draft.body),
      newAccount: isNewAccount(draft.actor),
      flaggedWords: verdict.queue?.reasons.watchedWords?.length ?? 0,
    };
    return scoreSignals({ ...input, external: await this.external(draft, input) });
  }

  /** The newsroom's scorer: `{score}` between 0 and 1, or null (not set, failed, late, malformed). */
  private async external(draft: PostDraft, signals: Record<string, unknown>): Promise<number | null> {
    if (!this.config.SCORER_URL) return null;
    try {
      const response = await fetch(this.config.SCORER_URL, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({
          body: draft.body,
          threadId: draft.threadId,
          author: { id: draft.actor.id, createdAt: new Date(draft.actor.createdAt).toISOString() },
          signals,
        }),
        signal: AbortSignal.timeout(this.config.SCORER_TIMEOUT_MS),
        redirect: 'error',
      });
      const answer: unknown = response.ok ? await response.json() : null;
      const score = (answer as { score?: unknown } | null)?.score;
      if (typeof score === 'number' && score >= 0 && score <= 1) return score;
      this.logger.warn(`scorer answered ${response.status} without a score in [0, 1]; ignored`);
    } catch (error) {
      this.logger.warn(`scorer unavailable (${(error as Error).name}); the post goes on without it`);
    }
    return null;
  }
}
