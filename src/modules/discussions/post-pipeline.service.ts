import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { forbidden } from '../../common/errors/problem.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { sqlRows } from '../../database/sql.js';
import type { Actor } from '../../common/auth/decorators.js';
import type {
  DeletedPost,
  PostCheck,
  PostCheckRegistry,
  PostDraft,
  PostVerdict,
  StoredPost,
} from './post-pipeline.types.js';

/** Longest post body accepted (Markdown source), as the contract says. */
export const MAX_POST_LENGTH = 20_000;

/**
 * Runs the post-creation (and edit) pipeline: DiscussionsModule's own checks
 * first (account status; the thread's lock and the body length are enforced
 * where they cannot race: the DTO and the numbering UPDATE), then every check
 * registered by other modules, in registration order.
 */
@Injectable()
export class PostPipeline implements PostCheckRegistry {
  private readonly checks: PostCheck[] = [];

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  register(check: PostCheck): void {
    this.checks.push(check);
  }

  /** Runs every check before the write; returns the verdict (visible or pending, queued or not). */
  async run(draft: PostDraft, manager: EntityManager): Promise<PostVerdict> {
    if (draft.actor.status !== 'active') throw forbidden();
    if (!draft.isEdit && this.config.REQUIRE_VERIFIED_EMAIL) await this.ensureVerifiedEmail(draft.actor, manager);
    const verdict: PostVerdict = { status: 'visible', queue: null };
    for (const check of this.checks) await check.check(draft, verdict, manager);
    return verdict;
  }

  /** REQUIRE_VERIFIED_EMAIL: a new post needs a confirmed address (403 otherwise). */
  private async ensureVerifiedEmail(actor: Actor, manager: EntityManager): Promise<void> {
    const [user] = await sqlRows<{ verified: boolean }>(
      manager,
      `SELECT email_verified_at IS NOT NULL AS verified FROM users WHERE id = $1`,
      [actor.id],
    );
    if (!user?.verified) throw forbidden('discussions.email_unverified');
  }

  /** Runs every `afterStore` once the post row is written, in the same transaction. */
  async afterStore(post: StoredPost, draft: PostDraft, verdict: PostVerdict, manager: EntityManager): Promise<void> {
    for (const check of this.checks) await check.afterStore?.(post, draft, verdict, manager);
  }

  /** Runs every `afterDelete` once the author's soft delete is written, in the same transaction. */
  async afterDelete(post: DeletedPost, actor: Actor, manager: EntityManager): Promise<void> {
    for (const check of this.checks) await check.afterDelete?.(post, actor, manager);
  }
}
