import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { canSeePublication, type Actor } from '../../common/auth/decorators.js';
import { conflict, notFound } from '../../common/errors/problem.js';
import { sqlRows } from '../../database/sql.js';
import { SettingsService } from '../../platform/settings/settings.service.js';
import type { FlagReason } from '../discussions/entities/post-flag.entity.js';
import { PostsRepository } from '../discussions/posts.repository.js';
import { RealtimeService } from '../../platform/realtime/realtime.service.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { DomainEvents } from '../../platform/webhooks/domain-events.service.js';
import { ModerationHooks } from './moderation-hooks.service.js';
import { ModerationQueueRepository } from './moderation-queue.repository.js';
import { ensureCanFlagPost, type PostForPolicy } from './moderation.policy.js';
import { PG_UNIQUE_VIOLATION, isPgError } from '../../database/postgres-errors.js';

export interface FlagResponse {
  id: string;
  postId: string;
  reason: FlagReason;
  comment: string | null;
  createdAt: string;
}

@Injectable()
export class FlagsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: SettingsService,
    private readonly realtime: RealtimeService,
    private readonly audit: AuditService,
    private readonly hooks: ModerationHooks,
    private readonly events: DomainEvents,
  ) {}

  /**
   * One transaction: the flag (unique per user and post), the post's counter
   * (`UPDATE … RETURNING`, which also takes the row lock that serialises
   * concurrent flaggers), the queue item, and the auto-hide when the threshold
   * is reached — exactly once, since only the flagger who sees the post still
   * visible under the lock hides it.
   */
  async flag(actor: Actor, postId: string, reason: FlagReason, comment: string | null): Promise<FlagResponse> {
    const { flagHideThreshold } = await this.settings.get();
    try {
      return await this.dataSource.transaction(async (manager) => {
        const post = await this.ensureFlaggable(manager, actor, postId);
        const [flag] = await sqlRows<{ id: string; created_at: Date }>(
          manager,
          `INSERT INTO post_flags (post_id, user_id, reason, comment) VALUES ($1, $2, $3, $4) RETURNING id, created_at`,
          [postId, actor.id, reason, comment],
        );
        const counted = await PostsRepository.countFlag(manager, postId);
        if (!counted) throw notFound();
        const autoHidden = counted.flag_count >= flagHideThreshold && counted.status === 'visible';
        if (autoHidden) {
          await PostsRepository.changeStatus(manager, postId, 'visible', 'hidden', `moderation_reason = $3`, [
            `auto-hidden after ${counted.flag_count} flags`,
          ]);
        }
        const item = await ModerationQueueRepository.upsertFlaggedItem(
          manager,
          postId,
          autoHidden ? { autoHidden: true } : {},
          { actorId: actor.id, data: { reason, autoHidden } },
        );
        if (autoHidden) {
          await this.announceAutoHide(
            manager,
            { ...counted, id: postId, authorId: post.author_id },
            item.id,
            flagHideThreshold,
          );
        }
        await this.events.publish(manager, 'post.flagged', {
          flagId: flag.id,
          postId,
          threadId: counted.thread_id,
          number: counted.number,
          reason,
          flagCount: counted.flag_count,
          autoHidden,
        });
        return { id: flag.id, postId, reason, comment, createdAt: new Date(flag.created_at).toISOString() };
      });
    } catch (error) {
      if (isPgError(error, PG_UNIQUE_VIOLATION)) throw conflict('moderation.already_flagged');
      throw error;
    }
  }

  private async ensureFlaggable(
    manager: EntityManager,
    actor: Actor,
    postId: string,
  ): Promise<{ author_id: string | null }> {
    const [post] = await sqlRows<{
      status: PostForPolicy['status'];
      author_id: string | null;
      article_published_at: Date;
    }>(
      manager,
      `SELECT status, author_id, ${PostsRepository.articlePublishedAtSql('posts')} AS article_published_at
         FROM posts WHERE id = $1`,
      [postId],
    );
    // An embargoed article's post is 404 like the article (flagging would confirm it exists).
    if (!post || !canSeePublication(actor, new Date(post.article_published_at))) throw notFound();
    ensureCanFlagPost(actor, { status: post.status, authorId: post.author_id });
    return post;
  }

  /** The auto-hide's history event, the decision hooks, its audit entry (no human actor) and the live event. */
  private async announceAutoHide(
    manager: EntityManager,
    counted: { id: string; authorId: string | null; flag_count: number; thread_id: string; number: number },
    itemId: string,
    threshold: number,
  ): Promise<void> {
    const postId = counted.id;
    await ModerationQueueRepository.recordEvent(manager, itemId, null, 'auto_hidden', null, {
      flagCount: counted.flag_count,
    });
    await this.hooks.afterPostDecision(manager, {
      actor: null,
      action: 'hide',
      automated: true,
      reason: `${counted.flag_count} flags (threshold ${threshold})`,
      post: {
        id: postId,
        threadId: counted.thread_id,
        number: counted.number,
        authorId: counted.authorId,
        from: 'visible',
        to: 'hidden',
      },
      item: { id: itemId, kind: 'flagged', reasons: { autoHidden: true }, createdAt: new Date() },
    });
    await this.audit.record(manager, null, {
      action: 'post.auto_hide',
      targetType: 'post',
      targetId: postId,
      reason: `${counted.flag_count} flags (threshold ${threshold})`,
      before: { status: 'visible', flagCount: counted.flag_count - 1 },
      after: { status: 'hidden', flagCount: counted.flag_count },
    });
    await this.realtime.publish(
      {
        threadId: counted.thread_id,
        type: 'post.hidden',
        data: { id: postId, postId, number: counted.number, status: 'hidden' },
      },
      manager,
    );
  }
}
